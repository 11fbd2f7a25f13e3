package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConstantPredictorTest {
    private static final double[][] BALANCED = {{0}, {1}, {1}, {0}};

    @Test
    void binaryCrossentropyOfBalancedLabelsIsLnTwo() {
        assertEquals(Math.log(2), ConstantPredictor.loss("binary_crossentropy", BALANCED, 1), 1e-15);
        double p = 0.25;
        double expected = -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
        assertEquals(expected, ConstantPredictor.loss("binary_crossentropy_from_logits", new double[][] {{0}, {0},
            {1}, {0}}, 1), 1e-15);
    }

    @Test
    void meanSquaredErrorIsTheVarianceAndMaeTheDeviationFromTheMedian() {
        double[][] y = {{1}, {2}, {3}, {6}};
        assertEquals(3.5, ConstantPredictor.loss("mean_squared_error", y, 1), 1e-15);
        assertEquals((2 + 1 + 0 + 3) / 4.0, ConstantPredictor.loss("mean_absolute_error", y, 1), 1e-15);
    }

    @Test
    void categoricalLossesUseTheEntropyOfTheClassFrequencies() {
        double[][] oneHot = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}};
        double expected = -(0.5 * Math.log(0.5) + 2 * 0.25 * Math.log(0.25));
        assertEquals(expected, ConstantPredictor.loss("categorical_crossentropy", oneHot, 3), 1e-15);
        assertEquals(expected, ConstantPredictor.loss("sparse_categorical_crossentropy",
                new double[][] {{0}, {1}, {2}, {0}}, 3), 1e-15);
    }

    @Test
    void hingeReadsZeroAsMinusOneAndOtherLossesHaveNoBaseline() {
        assertEquals(1.0, ConstantPredictor.loss("hinge", BALANCED, 1), 1e-15);
        assertEquals(0.5, ConstantPredictor.loss("hinge", new double[][] {{1}, {1}, {1}, {0}}, 1), 1e-15);
        assertTrue(Double.isNaN(ConstantPredictor.loss("custom", BALANCED, 1)));
    }

    @Test
    void perColumnLossesAverageTheirColumnsAndAConstantColumnCostsNothing() {
        // Column 0 balanced (ln 2), column 1 always 0 (0 · ln 0 counts as 0).
        double[][] y = {{0, 0}, {1, 0}, {1, 0}, {0, 0}};
        assertEquals(Math.log(2) / 2, ConstantPredictor.loss("binary_crossentropy", y, 2), 1e-15);
        assertEquals(0.0, ConstantPredictor.loss("binary_crossentropy", new double[][] {{1}, {1}}, 1));
        assertEquals((0.25 + 0) / 2, ConstantPredictor.loss("mean_squared_error", y, 2), 1e-15);
    }

    @Test
    void theMedianIsTakenFromTheSortedColumn() {
        // Sorted: 1, 2, 5; the median is 2, so the deviations are 3, 1, 0 (around the unsorted middle 1: 4, 0, 1).
        assertEquals(4 / 3.0, ConstantPredictor.loss("mean_absolute_error", new double[][] {{5}, {1}, {2}}, 1), 1e-15);
    }
}
