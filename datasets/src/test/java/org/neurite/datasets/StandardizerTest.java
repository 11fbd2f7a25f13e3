package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.Dataset;

class StandardizerTest {
    static INDArray train() {
        return Nd4j.createFromArray(new double[][] {{1, 10, 5}, {2, 20, 5}, {3, 30, 5}, {4, 40, 5}});
    }

    @Test
    void fitsColumnMeansAndPopulationStandardDeviations() {
        Standardizer s = Standardizer.fit(train());
        assertArrayEquals(new double[] {2.5, 25, 5}, s.mean(), 1e-12);
        // population variance of 1..4 is ((1.5^2 + 0.5^2) * 2) / 4 = 1.25; a constant column is divided by 1
        assertArrayEquals(new double[] {Math.sqrt(1.25), 10 * Math.sqrt(1.25), 1}, s.std(), 1e-12);
    }

    @Test
    void appliesTheTrainingStatisticsToAnotherSet() {
        Standardizer s = Standardizer.fit(new Dataset(train(), Nd4j.zeros(DataType.DOUBLE, 4, 1)));
        INDArray other = Nd4j.createFromArray(new double[][] {{0, 25, 7}});
        INDArray z = s.apply(other);
        assertEquals(-2.5 / Math.sqrt(1.25), z.getDouble(0, 0), 1e-12);
        assertEquals(0.0, z.getDouble(0, 1), 1e-12);
        assertEquals(2.0, z.getDouble(0, 2), 1e-12);
        assertEquals(0.0, other.getDouble(0, 0), "the input is unchanged");
    }

    @Test
    void standardizedTrainingColumnsHaveMeanZeroAndUnitDeviation() {
        INDArray z = Standardizer.fit(train()).apply(train());
        for (int c = 0; c < 2; c++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < 4; r++) {
                sum += z.getDouble(r, c);
                squares += z.getDouble(r, c) * z.getDouble(r, c);
            }
            assertEquals(0.0, sum / 4, 1e-12);
            assertEquals(1.0, squares / 4, 1e-12);
        }
    }

    @Test
    void keepsFloatFeaturesFloatAndLabelsUntouched() {
        Dataset data = new Dataset(train().castTo(DataType.FLOAT), Nd4j.createFromArray(new float[] {1, 2, 3, 4}));
        Dataset out = Standardizer.fit(data).apply(data);
        assertEquals(DataType.FLOAT, out.features().dataType());
        assertEquals(data.labels(), out.labels());
    }

    @Test
    void acceptsViewsAndIntegerArrays() {
        INDArray view = train().get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2));
        assertArrayEquals(new double[] {2.5, 25}, Standardizer.fit(view).mean(), 1e-12);
        INDArray ints = train().castTo(DataType.INT32);
        assertArrayEquals(new double[] {2.5, 25, 5}, Standardizer.fit(ints).mean(), 1e-12);
    }

    @Test
    void fitsAndAppliesAnFOrderedMatrixLikeItsCOrderedCopy() {
        INDArray fOrder = train().dup('f');
        Standardizer s = Standardizer.fit(fOrder);
        assertArrayEquals(Standardizer.fit(train()).mean(), s.mean());
        assertArrayEquals(Standardizer.fit(train()).std(), s.std());
        assertEquals(s.apply(train()), s.apply(fOrder));
    }

    @Test
    void savedStatisticsRebuildAnEqualStandardizer() {
        Standardizer s = Standardizer.fit(train());
        Standardizer restored = Standardizer.of(s.mean(), s.std());
        assertEquals(s.apply(train()), restored.apply(train()));
    }

    @Test
    void refusesFeaturesWithAnotherColumnCountNamingBoth() {
        Standardizer s = Standardizer.fit(train());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.apply(Nd4j.zeros(DataType.FLOAT, 2, 4)));
        assertTrue(e.getMessage().contains("have 4 columns") && e.getMessage().contains("fitted on 3"),
                e.getMessage());
    }

    @Test
    void refusesToFitOnNonFiniteValuesNamingTheCell() {
        INDArray x = train();
        x.putScalar(2, 1, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(x));
        assertTrue(e.getMessage().contains("row 2, column 1"), e.getMessage());
    }

    @Test
    void ofRefusesAZeroStandardDeviation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Standardizer.of(new double[] {0, 1}, new double[] {1, 0}));
        assertTrue(e.getMessage().contains("column 1"), e.getMessage());
    }

    @Test
    void rowsSpanningSeveralChunksAreFittedAndAppliedLikeAPlainDoubleLoop() {
        // 3,000 rows of 3 columns: 9,000 values, more than two 4,095-value chunks, the last one partial.
        int rows = 3000;
        double[][] x = new double[rows][3];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 3; c++) {
                x[r][c] = (r * (c + 1)) % 17 + c * 0.5 + (r == rows - 1 ? 100 : 0);
            }
        }
        double[] mean = new double[3];
        double[] std = new double[3];
        for (int c = 0; c < 3; c++) {
            for (double[] row : x) {
                mean[c] += row[c] / rows;
            }
            for (double[] row : x) {
                std[c] += (row[c] - mean[c]) * (row[c] - mean[c]) / rows;
            }
            std[c] = Math.sqrt(std[c]);
        }
        INDArray features = Nd4j.createFromArray(x);
        Standardizer s = Standardizer.fit(features);
        assertArrayEquals(mean, s.mean(), 1e-9);
        assertArrayEquals(std, s.std(), 1e-9);
        INDArray z = s.apply(features);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals((x[r][c] - mean[c]) / std[c], z.getDouble(r, c), 1e-9, "row " + r + ", column " + c);
            }
        }
        x[2000][2] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Standardizer.fit(Nd4j.createFromArray(x)));
        assertTrue(e.getMessage().contains("features hold NaN at row 2000, column 2."), e.getMessage());
    }

    @Test
    void oneColumnLongerThanAFullChunkIsFittedOverEveryRow() {
        // One column: chunks of exactly 4,096 values, the first one full, the second 904 long.
        int rows = 5000;
        double[][] x = new double[rows][1];
        double mean = 0;
        for (int r = 0; r < rows; r++) {
            x[r][0] = r % 7;
            mean += x[r][0] / rows;
        }
        double variance = 0;
        for (double[] row : x) {
            variance += (row[0] - mean) * (row[0] - mean) / rows;
        }
        Standardizer s = Standardizer.fit(Nd4j.createFromArray(x));
        assertEquals(mean, s.mean()[0], 1e-12);
        assertEquals(Math.sqrt(variance), s.std()[0], 1e-12);
    }

    @Test
    void describesItselfByItsStatistics() {
        assertEquals("Standardizer[mean=[1.0, -2.0], std=[3.0, 0.5]]",
                Standardizer.of(new double[] {1, -2}, new double[] {3, 0.5}).toString());
    }
}
