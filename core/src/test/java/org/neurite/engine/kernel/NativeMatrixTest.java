package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class NativeMatrixTest {
    /** A [rows, cols] array holding 1, 2, 3, ... in row-major order. */
    private static INDArray counting(DataType type, int rows, int cols) {
        double[][] values = new double[rows][cols];
        for (int i = 0; i < rows * cols; i++) {
            values[i / cols][i % cols] = i + 1;
        }
        return Nd4j.createFromArray(values).castTo(type);
    }

    @Test
    void wrapsARowMajorMatrixOfEitherTypeReadingEveryElementInPlace() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray array = counting(type, 3, 4);
            NativeMatrix m = NativeMatrix.of(array);
            assertSame(array, m.array());
            assertEquals(3, m.rows());
            assertEquals(4, m.cols());
            assertEquals(type, m.dataType());
            assertEquals(type == DataType.FLOAT, m.isFloat());
            for (int i = 0; i < 12; i++) {
                assertEquals(i + 1, m.get(i), type + " element " + i);
                double viaPointer = m.isFloat() ? m.floatPointer().get(i) : m.doublePointer().get(i);
                assertEquals(i + 1, viaPointer, "the BLAS pointer sees the same element");
            }
            m.set(5, -7.5);
            assertEquals(-7.5, array.getDouble(1, 1), "writes go to the array itself");
        }
    }

    @Test
    void aRankOneArrayIsOneRow() {
        NativeMatrix m = NativeMatrix.of(Nd4j.createFromArray(1f, 2f, 3f, 4f, 5f));
        assertEquals(1, m.rows());
        assertEquals(5, m.cols());
        assertEquals(5, m.get(4));
    }

    @Test
    void aRowViewWithAnOffsetStartsAtItsOwnFirstElement() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray whole = counting(type, 4, 3);
            INDArray rows = whole.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 4),
                    org.nd4j.linalg.indexing.NDArrayIndex.all());
            NativeMatrix m = NativeMatrix.of(rows);
            assertEquals(2, m.rows());
            for (int i = 0; i < 6; i++) {
                assertEquals(7 + i, m.get(i), type + " element " + i + " of rows 2..3");
                double viaPointer = m.isFloat() ? m.floatPointer().get(i) : m.doublePointer().get(i);
                assertEquals(7 + i, viaPointer, "the pointer includes the view's offset");
            }
        }
    }

    @Test
    void rejectsOtherTypesRanksOrdersAndStridedViewsNamingTheFix() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> NativeMatrix.of(Nd4j.create(DataType.INT, 2, 2)));
        assertEquals("NativeMatrix: data type must be FLOAT or DOUBLE; received INT. Cast the array with "
                + "castTo(DataType.FLOAT).", type.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NativeMatrix.of(Nd4j.create(DataType.FLOAT, 2, 2, 2)));
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> NativeMatrix.of(Nd4j.create(DataType.FLOAT, new long[] {2, 3}, 'f')));
        assertEquals("NativeMatrix: array must be a contiguous c-order matrix of rank 1 or 2; received shape [2, 3] "
                + "order f. Pass array.dup('c').", order.getMessage());
        INDArray column = counting(DataType.FLOAT, 3, 2).getColumn(1);
        assertThrows(IllegalArgumentException.class, () -> NativeMatrix.of(column), "a column has stride 2");
        INDArray transposed = counting(DataType.DOUBLE, 2, 3).transpose();
        assertThrows(IllegalArgumentException.class, () -> NativeMatrix.of(transposed));
        assertEquals(4, NativeMatrix.of(column.dup('c')).get(1), "the copy the message asks for is accepted");
    }

    @Test
    void oneNioBufferReachesIntegerMaxValueBytesOfElements() {
        // Measured once on real arrays (2 GB each, too large for a unit test): a FLOAT [1, 536870911] and a DOUBLE
        // [1, 268435455] wrap and read back their last element; DOUBLE [1, 268435456] and FLOAT [1, 536870913]
        // failed in NIO's limit ("newLimit > capacity") before this check existed.
        assertEquals(536_870_911, NativeMatrix.maxElements(DataType.FLOAT));
        assertEquals(268_435_455, NativeMatrix.maxElements(DataType.DOUBLE));
        assertTrue(NativeMatrix.withinOneNioBuffer(536_870_911, DataType.FLOAT));
        assertFalse(NativeMatrix.withinOneNioBuffer(536_870_912, DataType.FLOAT));
        assertTrue(NativeMatrix.withinOneNioBuffer(268_435_455, DataType.DOUBLE));
        assertFalse(NativeMatrix.withinOneNioBuffer(268_435_456, DataType.DOUBLE));
    }

    @Test
    void rejectsAnArrayEndingPastWhatOneNioBufferReachesNamingTheLimit() {
        // ND4J builds a shape or a view over a 4-element buffer without checking its length, so no 2 GB is needed;
        // the refusal comes before any element is read.
        INDArray longRow = Nd4j.create(Nd4j.createBuffer(new float[4]), new long[] {1, 536_870_912L},
                new long[] {536_870_912L, 1}, 0, 'c');
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> NativeMatrix.of(longRow));
        assertEquals("NativeMatrix: array must end within the first 536870911 FLOAT elements of its buffer (one NIO "
                + "buffer holds at most 2^31 - 1 bytes); received shape [1, 536870912] ending at element 536870912. "
                + "Split the data into smaller arrays.", tooLong.getMessage());
        INDArray farView = Nd4j.create(Nd4j.createBuffer(new double[4]), new long[] {2, 2}, new long[] {2, 1},
                268_435_453L, 'c');
        IllegalArgumentException tooFar = assertThrows(IllegalArgumentException.class, () -> NativeMatrix.of(farView));
        assertTrue(tooFar.getMessage().contains("268435455 DOUBLE elements of its buffer (one NIO buffer holds at most "
                + "2^31 - 1 bytes); received shape [2, 2] ending at element 268435457."), tooFar.getMessage());
    }

    @Test
    void allocatesZeroedMatrices() {
        NativeMatrix m = NativeMatrix.allocate(DataType.DOUBLE, 2, 3);
        assertEquals(2, m.rows());
        assertEquals(3, m.cols());
        assertFalse(m.isFloat());
        for (int i = 0; i < 6; i++) {
            assertEquals(0, m.get(i));
        }
    }

    @Test
    void copiesBetweenMatricesByElementAndByRow() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            NativeMatrix src = NativeMatrix.of(counting(type, 3, 4));
            NativeMatrix dst = NativeMatrix.allocate(type, 3, 4);
            dst.copyFrom(src, 2, 5, 3);
            assertArrayEquals(new double[] {0, 0, 0, 0, 0, 3, 4, 5, 0, 0, 0, 0}, values(dst), type.toString());
            NativeMatrix rows = NativeMatrix.allocate(type, 3, 4);
            rows.copyRowFrom(src, 2, 0);
            rows.copyRowFrom(src, 0, 1);
            assertArrayEquals(new double[] {9, 10, 11, 12, 1, 2, 3, 4, 0, 0, 0, 0}, values(rows), type.toString());
        }
    }

    @Test
    void loadsAndStoresChunksWideningAndRoundingFloats() {
        Scratch scratch = new Scratch(0);
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            NativeMatrix m = NativeMatrix.of(counting(type, 2, 3));
            double[] chunk = {-1, -1, -1, -1};
            m.load(1, chunk, 3, scratch);
            assertArrayEquals(new double[] {2, 3, 4, -1}, chunk, type.toString());
            m.store(3, new double[] {0.1, 0.2, 9}, 2, scratch);
            m.store(0, new double[] {-1}, 1, scratch); // a source exactly as long as the stored part
            assertEquals(-1, m.get(0));
            m.store(0, new double[] {1}, 1, scratch);
            double rounded = type == DataType.FLOAT ? (float) 0.1 : 0.1;
            assertArrayEquals(new double[] {1, 2, 3, rounded, type == DataType.FLOAT ? (float) 0.2 : 0.2, 6}, values(m),
                    type.toString());
        }
    }

    @Test
    void typedLoadsAndStoresMoveTheExactElements() {
        NativeMatrix f = NativeMatrix.of(counting(DataType.FLOAT, 2, 3));
        float[] floats = new float[4];
        f.loadFloats(2, floats, 3);
        assertArrayEquals(new float[] {3, 4, 5, 0}, floats);
        f.loadFloats(4, floats, 1, 2);
        assertArrayEquals(new float[] {3, 5, 6, 0}, floats);
        f.storeFloats(0, new float[] {-1, -2, -3}, 2);
        assertEquals(-2f, f.getFloat(1));
        assertEquals(3f, f.getFloat(2));
        f.setFloat(2, 1.25f);
        assertEquals(1.25, f.get(2));
        int[] bits = new int[2];
        f.loadBits(1, bits, 2);
        assertArrayEquals(new int[] {Float.floatToRawIntBits(-2f), Float.floatToRawIntBits(1.25f)}, bits);
        f.storeBits(4, new int[] {Float.floatToRawIntBits(0.5f), Float.floatToRawIntBits(-0.5f)}, 2);
        assertEquals(0.5f, f.getFloat(4));
        assertEquals(-0.5f, f.getFloat(5));

        NativeMatrix d = NativeMatrix.of(counting(DataType.DOUBLE, 2, 3));
        double[] doubles = new double[4];
        d.loadDoubles(3, doubles, 2);
        assertArrayEquals(new double[] {4, 5, 0, 0}, doubles);
        d.loadDoubles(0, doubles, 2, 2);
        assertArrayEquals(new double[] {4, 5, 1, 2}, doubles);
        d.storeDoubles(4, new double[] {0.1, 0.2}, 2);
        assertArrayEquals(new double[] {1, 2, 3, 4, 0.1, 0.2}, values(d));
    }

    @Test
    void fillSetsOnlyTheFirstElements() {
        NativeMatrix m = NativeMatrix.of(counting(DataType.FLOAT, 2, 2));
        m.fill(3, 0.5);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 4}, values(m));
    }

    private static double[] values(NativeMatrix m) {
        double[] out = new double[m.rows() * m.cols()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.get(i);
        }
        return out;
    }
}
