package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Metric;

class PrecisionTest {
    // Outputs flattened as Keras does: 8 (prediction, label) pairs.
    private static final double[][] P = {{0.9, 0.2, 0.6, 0.4}, {0.7, 0.51, 0.1, 0.5}};
    private static final double[][] Y = {{1, 0, 0, 1}, {1, 1, 0, 0}};

    @Test
    void isTruePositivesOverPredictedPositivesAtThresholdHalf() {
        // Predicted positive (p > 0.5): 0.9 (y 1), 0.6 (y 0), 0.7 (y 1), 0.51 (y 1); 0.5 is not above 0.5.
        // tp = 3, fp = 1: precision 3/4, as sklearn's precision_score on the flattened pairs.
        assertEquals(0.75, States.result(Metric.precision(), P, Y)[0], 1e-15);
    }

    @Test
    void accumulatesCountsAcrossBatchesRatherThanAveragingBatchScores() {
        Metric.State state = Metric.precision().newState(4, 4);
        state.update(States.flat(new double[][] {P[0]}), States.flat(new double[][] {Y[0]}), null, 1, 4, 4);
        assertEquals(0.5, state.result()[0], 1e-15); // tp 1 (0.9), fp 1 (0.6)
        state.update(States.flat(new double[][] {P[1]}), States.flat(new double[][] {Y[1]}), null, 1, 4, 4);
        assertEquals(0.75, state.result()[0], 1e-15); // pooled 3 / 4, not the mean of 1/2 and 2/2
        state.reset();
        assertEquals(0, state.result()[0]); // nothing predicted positive: 0 (Keras's divide_no_nan)
    }

    @Test
    void weightsEachRowsCounts() {
        // Row 0 weighs 3: tp 3·1, fp 3·1; row 1 weighs 1: tp 2. Precision 5 / 8.
        assertEquals(5.0 / 8, States.result(Metric.precision(), P, Y, new double[] {3, 1})[0], 1e-15);
    }

    @Test
    void thresholdAndClassIdSelectWhatCounts() {
        // Threshold 0.45: 0.5 also predicted positive (y 0), so tp 3, fp 2.
        assertEquals(0.6, States.result(new Precision(0.45, -1), P, Y)[0], 1e-15);
        // Column 2 only: 0.6 (y 0) and 0.1: tp 0, fp 1.
        assertEquals(0, States.result(new Precision(0.5, 2), P, Y)[0]);
        // Column 0 only: 0.9 and 0.7, both y 1.
        assertEquals(1, States.result(new Precision(0.5, 0), P, Y)[0]);
    }

    @Test
    void rejectsThresholdsOutsideTheUnitIntervalAndBadClassIds() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> new Precision(1.5, -1));
        assertTrue(e.getMessage().contains("threshold=1.5") && e.getMessage().contains("[0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Precision(0.5, -2));
        assertTrue(e.getMessage().contains("classId=-2"), e.getMessage());
    }

    @Test
    void givesOnePrecisionPerThresholdInOrderAsKerasList() {
        // The 8 pairs (p, y): (.9,1) (.2,0) (.6,0) (.4,1) (.7,1) (.51,1) (.1,0) (.5,0).
        // t = 0.3: positive .9 .6 .4 .7 .51 .5, tp 4 fp 2 -> 2/3; t = 0.5: tp 3 fp 1 -> 3/4; t = 0.8: .9 only -> 1.
        double[] r = States.result(new Precision(List.of(0.3, 0.5, 0.8), 0, -1), P, Y);
        assertArrayEquals(new double[] {2.0 / 3, 0.75, 1}, r, 1e-15);
    }

    @Test
    void topKLetsOnlyEachRowsKLargestOutputsBePositive() {
        // top_k = 1: row 0 keeps .9 (y 1), row 1 keeps .7 (y 1): tp 2, fp 0 -> 1 (at t = 0.5 it would be 3/4).
        assertEquals(1, States.result(new Precision(List.of(), 1, -1), P, Y)[0], 1e-15);
        // top_k = 2: row 0 keeps .9 (y 1) and .6 (y 0), row 1 keeps .7 and .51 (both y 1): tp 3, fp 1 -> 3/4.
        assertEquals(0.75, States.result(new Precision(List.of(), 2, -1), P, Y)[0], 1e-15);
        // top_k = 2 and threshold 0.65: of the kept outputs only .9 and .7 pass, both y 1 -> 1.
        assertEquals(1, States.result(new Precision(List.of(0.65), 2, -1), P, Y)[0], 1e-15);
        // Weighted rows 3 and 1 at top_k = 2: tp 3·1 + 1·2 = 5, fp 3·1 = 3 -> 5/8.
        assertEquals(5.0 / 8, States.result(new Precision(List.of(), 2, -1), P, Y, new double[] {3, 1})[0], 1e-15);
    }

    @Test
    void topKBreaksTiesByTheLowerColumnAsKerasDocumentsIt() {
        // Keras's docstring: Precision(top_k=2).update_state([0, 0, 1, 1], [1, 1, 1, 1]) gives 0.0 (the first two
        // of the tied outputs are kept, both with label 0); top_k=4 gives 0.5.
        double[][] p = {{1, 1, 1, 1}};
        double[][] y = {{0, 0, 1, 1}};
        assertEquals(0, States.result(new Precision(List.of(), 2, -1), p, y)[0]);
        assertEquals(0.5, States.result(new Precision(List.of(), 4, -1), p, y)[0], 1e-15);
    }

    @Test
    void topKFiltersTheWholeRowBeforeClassIdSelectsAColumn() {
        // Column 1 with top_k = 2: row 0's .2 is not kept (y 0), row 1's .51 is kept and positive (y 1) -> 1.
        assertEquals(1, States.result(new Precision(List.of(), 2, 1), P, Y)[0], 1e-15);
        // Column 2 with top_k = 1: neither .6 nor .1 is its row's largest, nothing positive -> 0 (divide_no_nan).
        assertEquals(0, States.result(new Precision(List.of(), 1, 2), P, Y)[0]);
    }

    @Test
    void rejectsThresholdListsOutsideTheUnitIntervalAndNegativeTopK() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new Precision(List.of(0.3, 1.2), 0, -1));
        assertTrue(e.getMessage().contains("thresholds=[0.3, 1.2]") && e.getMessage().contains("[0, 1]"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Precision(List.of(), -1, -1));
        assertTrue(e.getMessage().contains("topK=-1") && e.getMessage().contains("0 for none"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Precision(null, 0, -1));
        assertTrue(e.getMessage().contains("thresholds=null") && e.getMessage().contains("List.of()"), e.getMessage());
        // An empty list without top_k is Keras's thresholds=None: 0.5.
        assertEquals(Precision.defaults(), new Precision(List.of(), 0, -1));
    }
}
