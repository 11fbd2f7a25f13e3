package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.core.Metric;

class F1ScoreTest {
    // Keras's F1Score docstring example.
    private static final double[][] Y = {{1, 1, 1}, {1, 0, 0}, {1, 1, 0}};
    private static final double[][] P = {{0.2, 0.6, 0.7}, {0.2, 0.6, 0.6}, {0.6, 0.8, 0.0}};

    private static double f1(double tp, double fp, double fn) {
        return 2 * tp / (2 * tp + fp + fn); // sklearn's f1_score of the counts
    }

    @Test
    void perClassScoresMatchKerasExampleAndSklearn() {
        // Predicted (p > 0.5) per class: [0,0,1], [1,1,1], [1,1,0] against labels [1,1,1], [1,0,1], [1,0,0].
        double[] expected = {f1(1, 0, 2), f1(2, 1, 0), f1(1, 1, 0)}; // 0.5, 0.8, 0.667 as Keras prints
        assertArrayEquals(expected, States.result(new F1Score(F1Score.Average.NONE, 0.5), P, Y), 1e-6);
    }

    @Test
    void averagesAsKerasAndSklearnDo() {
        double[] perClass = {f1(1, 0, 2), f1(2, 1, 0), f1(1, 1, 0)};
        double macro = (perClass[0] + perClass[1] + perClass[2]) / 3;
        double weighted = (3 * perClass[0] + 2 * perClass[1] + perClass[2]) / 6; // supports 3, 2, 1
        double micro = f1(4, 2, 2); // pooled counts
        assertEquals(macro, States.result(new F1Score(F1Score.Average.MACRO, 0.5), P, Y)[0], 1e-6);
        assertEquals(weighted, States.result(new F1Score(F1Score.Average.WEIGHTED, 0.5), P, Y)[0], 1e-6);
        assertEquals(micro, States.result(new F1Score(F1Score.Average.MICRO, 0.5), P, Y)[0], 1e-6);
    }

    @Test
    void withoutThresholdTheRowsArgmaxIsPredicted() {
        // Argmax per row: class 2, classes 1 and 2 (tied at 0.6, both positive as Keras), class 1.
        // Class 0: tp 0, fn 3; class 1: tp 1 (row 2), fp 1 (row 1), fn 1 (row 0); class 2: tp 1, fp 1.
        double[] expected = {0, f1(1, 1, 1), f1(1, 1, 0)};
        assertArrayEquals(expected, States.result(Metric.f1Score(), P, Y), 1e-6);
    }

    @Test
    void weightsRowsAndStreamsOverBatches() {
        Metric.State state = new F1Score(F1Score.Average.MICRO, 0.5).newState(3, 3);
        state.update(States.flat(new double[][] {P[0]}), States.flat(new double[][] {Y[0]}), new double[] {2}, 1, 3,
                3);
        state.update(States.flat(new double[][] {P[1], P[2]}), States.flat(new double[][] {Y[1], Y[2]}),
                new double[] {1, 1}, 2, 3, 3);
        // Row 0 (weight 2): tp 2, fn 1 → 4, 2; rows 1 and 2: tp 2, fp 2, fn 1.
        assertEquals(f1(6, 2, 3), state.result()[0], 1e-6);
    }

    @Test
    void rejectsThresholdsOutsideZeroToOne() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> new F1Score(F1Score.Average.MACRO, 0));
        assertTrue(e.getMessage().contains("threshold=0.0") && e.getMessage().contains("(0, 1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new F1Score(null, 0.5));
    }
}
