package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class StandardizeTest {
    private static final double[][] X = {{1, 10}, {3, 10}, {5, 10}, {100, 7}};

    @Test
    void usesTheMeanAndPopulationStdOfTheTrainingRowsOnly() {
        // validationSplit 0.25 keeps ceil(4 · 0.75) = 3 training rows. Column 0: mean 3, variance (4 + 0 + 4) / 3.
        // Column 1 is constant on them, so its std counts as 1.
        double std = Math.sqrt(8.0 / 3);
        INDArray out = Standardize.columns(TestModels.matrix(X), 0.25);
        assertArrayEquals(new double[] {-2 / std, 0, 2 / std, 97 / std}, out.getColumn(0).toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, -3}, out.getColumn(1).toDoubleVector(), 1e-12);
    }

    @Test
    void withoutAValidationSplitEveryRowCountsAndAtLeastOneRowAlways() {
        INDArray all = Standardize.columns(TestModels.matrix(X), 0);
        double mean = (1 + 3 + 5 + 100) / 4.0;
        double var = ((1 - mean) * (1 - mean) + (3 - mean) * (3 - mean) + (5 - mean) * (5 - mean)
                + (100 - mean) * (100 - mean)) / 4;
        assertEquals((100 - mean) / Math.sqrt(var), all.getDouble(3, 0), 1e-12);
        INDArray one = Standardize.columns(TestModels.matrix(X), 0.99);
        assertArrayEquals(new double[] {0, 2, 4, 99}, one.getColumn(0).toDoubleVector(), 1e-12,
                "one training row: mean 1, std 1");
    }

    @Test
    void keepsTheDataType() {
        assertEquals(DataType.FLOAT, Standardize.columns(TestModels.matrix(X).castTo(DataType.FLOAT), 0).dataType());
    }
}
