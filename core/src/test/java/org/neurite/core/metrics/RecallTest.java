package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void givesOneRecallPerThresholdInOrderAsKerasList() {
        // Positive labels at p = .9, .4, .7, .51. t = 0.3: all four found -> 1; t = 0.5: .9 .7 .51 -> 3/4;
        // t = 0.8: .9 -> 1/4.
        double[] r = States.result(new Recall(List.of(0.3, 0.5, 0.8), 0, -1), P, Y);
        assertArrayEquals(new double[] {1, 0.75, 0.25}, r, 1e-15);
    }

    @Test
    void topKLeavesPositivesOutsideEachRowsKLargestOutputsUnfound() {
        // top_k = 1 keeps .9 (row 0) and .7 (row 1): of the 4 positive labels 2 are found -> 1/2.
        assertEquals(0.5, States.result(new Recall(List.of(), 1, -1), P, Y)[0], 1e-15);
        // top_k = 2 keeps .9, .6 and .7, .51: found .9 .7 .51 of 4 -> 3/4; with threshold 0.65 only .9 .7 -> 1/2.
        assertEquals(0.75, States.result(new Recall(List.of(), 2, -1), P, Y)[0], 1e-15);
        assertEquals(0.5, States.result(new Recall(List.of(0.65), 2, -1), P, Y)[0], 1e-15);
        // Column 1 with top_k = 1: its positive .51 is not row 1's largest, so it is missed -> 0, where the plain
        // threshold 0.5 finds it (1).
        assertEquals(0, States.result(new Recall(List.of(), 1, 1), P, Y)[0]);
        assertEquals(1, States.result(new Recall(0.5, 1), P, Y)[0]);
        Exception e = assertThrows(IllegalArgumentException.class, () -> new Recall(List.of(-0.1), 0, -1));
        assertTrue(e.getMessage().contains("threshold=-0.1") && e.getMessage().contains("[0, 1]"), e.getMessage());
    }
}
