package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.core.Metric;

class TopKCategoricalAccuracyTest {
    // Keras's own test case: the true classes are 2 and 1.
    private static final double[][] Y = {{0, 0, 1}, {0, 1, 0}};
    private static final double[][] P = {{0.1, 0.9, 0.8}, {0.05, 0.95, 0}};

    @Test
    void countsRowsWhoseTrueClassIsAmongTheKLargestOutputs() {
        // k = 1: row 0's class 2 (0.8) is second, row 1's class 1 (0.95) first: 1/2. k = 2: both in.
        assertEquals(0.5, States.result(new TopKCategoricalAccuracy(1, false), P, Y)[0], 1e-15);
        assertEquals(1.0, States.result(new TopKCategoricalAccuracy(2, false), P, Y)[0], 1e-15);
        // Keras's default k = 5 exceeds the 3 classes: every row counts.
        assertEquals(1.0, States.result(Metric.topKCategoricalAccuracy(), P, Y)[0], 1e-15);
    }

    @Test
    void theSparseFormReadsClassIndicesAndRowsCanBeWeighted() {
        TopKCategoricalAccuracy sparse = new TopKCategoricalAccuracy(1, true);
        assertEquals("sparse_top_k_categorical_accuracy", sparse.name());
        assertEquals(0.5, States.result(sparse, P, new double[][] {{2}, {1}})[0], 1e-15);
        // Weighted mean: (0 · 3 + 1 · 1) / 4.
        assertEquals(0.25, States.result(sparse, P, new double[][] {{2}, {1}}, new double[] {3, 1})[0], 1e-15);
    }

    @Test
    void tiesAtTheBoundaryCountAsIn() {
        // Class 0 ties with class 1 for the largest output: with k = 1 it is in (nothing strictly larger).
        assertEquals(1.0, States.result(new TopKCategoricalAccuracy(1, false), new double[][] {{0.4, 0.4, 0.2}},
                new double[][] {{1, 0, 0}})[0]);
        Exception e = assertThrows(IllegalArgumentException.class, () -> new TopKCategoricalAccuracy(0, false));
        assertTrue(e.getMessage().contains("k=0"), e.getMessage());
    }
}
