package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.core.Metric;

class RecallTest {
    private static final double[][] P = {{0.9, 0.2, 0.6, 0.4}, {0.7, 0.51, 0.1, 0.5}};
    private static final double[][] Y = {{1, 0, 0, 1}, {1, 1, 0, 0}};

    @Test
    void isTruePositivesOverActualPositives() {
        // Positive labels: 0.9, 0.4, 0.7, 0.51; found (p > 0.5): 0.9, 0.7, 0.51. Recall 3 / 4.
        assertEquals(0.75, States.result(Metric.recall(), P, Y)[0], 1e-15);
    }

    @Test
    void weightsEachRowsCountsAndTreatsAnyNonZeroLabelAsPositive() {
        // Row 0 weighs 2: tp 2 (0.9), fn 2 (0.4); row 1 weighs 1: tp 2. Recall 4 / 6.
        assertEquals(4.0 / 6, States.result(Metric.recall(), P, Y, new double[] {2, 1})[0], 1e-15);
        // Keras casts labels to bool: a soft label 0.3 is positive.
        assertEquals(0.5, States.result(Metric.recall(), new double[][] {{0.9}, {0.1}},
                new double[][] {{0.3}, {1}})[0], 1e-15);
    }

    @Test
    void isZeroWithoutPositiveLabelsAndRejectsBadSettings() {
        assertEquals(0, States.result(Metric.recall(), new double[][] {{0.9}}, new double[][] {{0}})[0]);
        Exception e = assertThrows(IllegalArgumentException.class, () -> new Recall(Double.NaN, -1));
        assertTrue(e.getMessage().contains("threshold=NaN"), e.getMessage());
        // Column 1 only: its one positive label, 0.51, is above 0.05.
        assertEquals(1, States.result(new Recall(0.05, 1), P, Y)[0]);
    }
}
