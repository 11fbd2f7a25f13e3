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
}
