package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers whose dimensions overflow: refused as malformed, never wrapped around to a small shape. */
class IdxReaderTest {
    @TempDir
    Path dir;

    private String refused(int[] dims, int dataBytes) throws IOException {
        Path f = IdxFiles.write(dir.resolve("h.idx"), IdxFiles.bytes(0x08, dims, new double[dataBytes]), false);
        MalformedFileException e = assertThrows(MalformedFileException.class, () -> IdxReader.open(f).close());
        assertEquals(f, e.file());
        return e.getMessage();
    }

    @Test
    void dimensionsWhoseProductWrapsToFourAreRefusedNotReadAsOneByFour() throws IOException {
        String message = refused(new int[] {1, 4, Integer.MAX_VALUE, Integer.MAX_VALUE}, 4);
        assertTrue(message.contains("[1, 4, 2147483647, 2147483647]") && message.contains("2^31 - 9"), message);
    }

    @Test
    void dimensionsTooLargeForOneArrayAreRefusedWhateverTheirOrder() throws IOException {
        refused(new int[] {65536, 65536}, 4);
        refused(new int[] {2, Integer.MAX_VALUE}, 4);
        refused(new int[] {Integer.MAX_VALUE, 2, 1}, 4);
    }

    @Test
    void zeroItemsOfAnImpossibleRowLengthAreRefusedToo() throws IOException {
        refused(new int[] {0, Integer.MAX_VALUE, 16}, 0);
    }

    @Test
    void anOrdinaryHeaderStillOpens() throws IOException {
        Path f = IdxFiles.write(dir.resolve("ok.idx"), IdxFiles.bytes(0x08, new int[] {2, 3}, new double[6]), false);
        try (IdxReader reader = IdxReader.open(f)) {
            assertArrayEquals(new int[] {2, 3}, reader.dims());
            assertEquals(3, reader.rowLength());
        }
    }

    @Test
    void sizesOfZeroAndProductsJustUnderTheLimitAreRead() throws IOException {
        // 46340² = 2,147,395,600 values per item fit under 2^31 - 9; 46341² = 2,147,488,281 do not.
        Path zero = IdxFiles.write(dir.resolve("zero.idx"), IdxFiles.bytes(0x08, new int[] {0, 46340, 46340},
                new double[0]), false);
        try (IdxReader reader = IdxReader.open(zero)) {
            assertArrayEquals(new int[] {0, 46340, 46340}, reader.dims());
        }
        refused(new int[] {0, 46341, 46341}, 0);
        Path empty = IdxFiles.write(dir.resolve("empty.idx"), IdxFiles.bytes(0x08, new int[] {3, 0}, new double[0]),
                false);
        try (IdxReader reader = IdxReader.open(empty)) {
            assertEquals(0, reader.rowLength());
        }
    }

    @Test
    void theGeneralPathReadsIntsAndDoubleUnsignedBytesExactlyAndRefusesTrailingBytes() throws IOException {
        Path ints = IdxFiles.write(dir.resolve("i.idx"), IdxFiles.bytes(0x0C, new int[] {2, 2},
                new double[] {1, -2, 300000, 4}), false);
        try (IdxReader reader = IdxReader.open(ints)) {
            assertArrayEquals(new double[] {0.5, -1, 150000, 2}, reader.readMatrix(
                    org.nd4j.linalg.api.buffer.DataType.DOUBLE, 0.5).data().asDouble());
        }
        Path bytes = IdxFiles.write(dir.resolve("b.idx"), IdxFiles.bytes(0x08, new int[] {1, 2},
                new double[] {255, 7}), false);
        try (IdxReader reader = IdxReader.open(bytes)) {
            assertArrayEquals(new double[] {1, 7 / 255.0}, reader.readMatrix(
                    org.nd4j.linalg.api.buffer.DataType.DOUBLE, 1 / 255.0).data().asDouble(), 1e-15);
        }
        byte[] trailing = IdxFiles.bytes(0x0C, new int[] {1, 1}, new double[] {5, 6});
        Path extra = IdxFiles.write(dir.resolve("t.idx"), trailing, false);
        try (IdxReader reader = IdxReader.open(extra)) {
            assertThrows(MalformedFileException.class,
                    () -> reader.readMatrix(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 1));
        }
    }

    /** Opens a header of {@code dims} (no values follow: only the header is read) and returns its row length. */
    private int opened(int[] dims) throws IOException {
        Path f = IdxFiles.write(dir.resolve("edge.idx"), IdxFiles.bytes(0x08, dims, new double[0]), false);
        try (IdxReader reader = IdxReader.open(f)) {
            assertArrayEquals(dims, reader.dims());
            assertEquals(dims[0], reader.count());
            return reader.rowLength();
        }
    }

    @Test
    void aHeaderOfExactlyTwoToTheThirtyOneMinusNineValuesOpensAndOneMoreIsRefused() throws IOException {
        int max = Integer.MAX_VALUE - 8; // 2,147,483,639
        assertEquals(1, opened(new int[] {max}));
        assertEquals(max, opened(new int[] {1, max}));
        assertEquals(max, opened(new int[] {0, max}));
        refused(new int[] {max + 1}, 0);
        refused(new int[] {1, max + 1}, 0);
        refused(new int[] {0, max + 1}, 0);
    }

    @Test
    void aProductThatReachesTheLimitByItsLastFactorExactlyOpens() throws IOException {
        // (2^31 - 9) / 2 = 1,073,741,819 (rounded down): times 2 is 2,147,483,638, one under the limit.
        int half = (Integer.MAX_VALUE - 8) / 2;
        assertEquals(2, opened(new int[] {half, 2}));
        assertEquals(half, opened(new int[] {2, half}));
        assertEquals(2 * half, opened(new int[] {0, half, 2}));
        assertEquals(2 * half, opened(new int[] {0, 2, half}));
        refused(new int[] {half + 1, 2}, 0);
        refused(new int[] {0, half + 1, 2}, 0);
    }

    @Test
    void sizesOfZeroInsideTheRowNeedNoDivision() throws IOException {
        assertEquals(0, opened(new int[] {0, 0, 7}));
        assertEquals(0, opened(new int[] {4, 0, Integer.MAX_VALUE}));
    }

    @Test
    void aNegativeSizeIsRefusedNamingTheDimensionAndItsByte() throws IOException {
        Path f = IdxFiles.write(dir.resolve("n.idx"), IdxFiles.bytes(0x08, new int[] {3, 2, -1}, new double[0]), false);
        MalformedFileException e = assertThrows(MalformedFileException.class, () -> IdxReader.open(f).close());
        assertEquals("byte 12", e.place());
        assertTrue(e.getMessage().contains("dimension 2 has the size -1; sizes must be >= 0."), e.getMessage());
    }

    @Test
    void zeroItemsWhoseRowLengthOverflowsALongAreRefused() throws IOException {
        // 65536^4 * 3 = 3 * 2^64 wraps to 0 in a long; 3 * (2^31 - 1)^2 wraps to a negative number.
        refused(new int[] {0, 65536, 65536, 65536, 65536, 3}, 0);
        refused(new int[] {0, 3, Integer.MAX_VALUE, Integer.MAX_VALUE}, 0);
    }

    /** The bytes of an IDX file that records whether it was closed. */
    private static final class Recorded extends java.io.ByteArrayInputStream {
        boolean closed;

        Recorded(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void closingTheReaderClosesItsFileAndAFailedOpenClosesItToo() throws IOException {
        Recorded good = new Recorded(IdxFiles.bytes(0x08, new int[] {1}, new double[] {4}));
        IdxReader reader = IdxReader.open(dir.resolve("g.idx"), good);
        assertTrue(!good.closed);
        reader.close();
        assertTrue(good.closed);
        byte[] bad = IdxFiles.bytes(0x08, new int[] {1}, new double[] {4});
        bad[2] = 0x07;
        Recorded refused = new Recorded(bad);
        assertThrows(MalformedFileException.class, () -> IdxReader.open(dir.resolve("b.idx"), refused));
        assertTrue(refused.closed);
    }

    @Test
    void describesItselfByFileGzipTypeAndDimensions() throws IOException {
        byte[] bytes = IdxFiles.bytes(0x0C, new int[] {2, 3}, new double[6]);
        Path plain = IdxFiles.write(dir.resolve("p.idx"), bytes, false);
        Path gzip = IdxFiles.write(dir.resolve("z.idx"), bytes, true);
        try (IdxReader a = IdxReader.open(plain); IdxReader b = IdxReader.open(gzip)) {
            assertEquals(plain + " IDX type 0xc [2, 3]", a.toString());
            assertEquals(gzip + " (gzip) IDX type 0xc [2, 3]", b.toString());
        }
    }

    @Test
    void aTrailingByteWithItsHighBitSetIsRefusedLikeAnyOther() throws IOException {
        byte[] whole = IdxFiles.bytes(0x0C, new int[] {1, 1}, new double[] {5});
        byte[] trailing = java.util.Arrays.copyOf(whole, whole.length + 1);
        trailing[whole.length] = (byte) 0xFF;
        Path f = IdxFiles.write(dir.resolve("ff.idx"), trailing, false);
        try (IdxReader reader = IdxReader.open(f)) {
            MalformedFileException e = assertThrows(MalformedFileException.class,
                    () -> reader.readMatrix(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 1));
            assertEquals("byte 16", e.place());
        }
    }
}
