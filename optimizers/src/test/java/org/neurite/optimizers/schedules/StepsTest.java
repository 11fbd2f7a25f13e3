package org.neurite.optimizers.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The argument checks every schedule runs through Steps: each bad argument is named with its value. */
class StepsTest {
    private static void rejects(String message, Executable construction) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
    }

    @Test
    void everyScheduleNamesEachArgumentOutOfItsRange() {
        rejects("ExponentialDecay.initialLearningRate must be a finite number > 0; received 0.0.",
                () -> new ExponentialDecay(0, 10, 0.5, false));
        rejects("ExponentialDecay.decaySteps must be a finite number > 0; received 0.0.",
                () -> new ExponentialDecay(1, 0, 0.5, false));
        rejects("ExponentialDecay.decayRate must be a finite number > 0; received 0.0.",
                () -> new ExponentialDecay(1, 10, 0, false));
        rejects("InverseTimeDecay.initialLearningRate must be a finite number > 0; received -1.0.",
                () -> new InverseTimeDecay(-1, 10, 0.5, false));
        rejects("InverseTimeDecay.decaySteps must be a finite number > 0; received 0.0.",
                () -> new InverseTimeDecay(1, 0, 0.5, false));
        rejects("InverseTimeDecay.decayRate must be a finite number >= 0; received -0.5.",
                () -> new InverseTimeDecay(1, 10, -0.5, false));
        rejects("PolynomialDecay.initialLearningRate must be a finite number > 0; received 0.0.",
                () -> new PolynomialDecay(0, 10, 0, 1, false));
        rejects("PolynomialDecay.decaySteps must be a finite number > 0; received 0.0.",
                () -> new PolynomialDecay(1, 0, 0, 1, false));
        rejects("PolynomialDecay.endLearningRate must be a finite number >= 0; received -1.0.",
                () -> new PolynomialDecay(1, 10, -1, 1, false));
        rejects("PolynomialDecay.power must be a finite number > 0; received 0.0.",
                () -> new PolynomialDecay(1, 10, 0, 0, false));
        rejects("CosineDecay.initialLearningRate must be a finite number >= 0; received -1.0.",
                () -> new CosineDecay(-1, 10, 0));
        rejects("CosineDecay.decaySteps must be a finite number > 0; received 0.0.", () -> new CosineDecay(1, 0, 0));
        rejects("CosineDecayRestarts.initialLearningRate must be a finite number > 0; received 0.0.",
                () -> new CosineDecayRestarts(0, 10));
        rejects("CosineDecayRestarts.mMul must be a finite number > 0; received 0.0.",
                () -> new CosineDecayRestarts(1, 10, 2, 0, 0));
        rejects("CosineDecayRestarts.alpha must be in [0, 1]; received 1.5.",
                () -> new CosineDecayRestarts(1, 10, 2, 1, 1.5));
        // The edges of the ranges are accepted.
        assertEquals(1.0, new CosineDecayRestarts(1, 10, 2, 1, 1).at(5), 1e-15);
        assertEquals(1.0, new InverseTimeDecay(1, 10, 0, false).at(50), 1e-15);
    }

    @Test
    void piecewiseBoundariesMustIncreaseStrictly() {
        rejects("PiecewiseConstantDecay.boundaries must increase strictly; received [5, 5].",
                () -> new PiecewiseConstantDecay(java.util.List.of(5L, 5L), java.util.List.of(1.0, 0.5, 0.1)));
    }
}
