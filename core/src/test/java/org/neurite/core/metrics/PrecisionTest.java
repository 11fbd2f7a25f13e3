package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
