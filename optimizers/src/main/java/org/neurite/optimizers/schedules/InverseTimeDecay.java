package org.neurite.optimizers.schedules;

import org.neurite.core.LearningRateSchedule;

/**
 * Keras's {@code InverseTimeDecay}: {@code lr(k) = initialLearningRate / (1 + decayRate·k/decaySteps)}, with
 * {@code k/decaySteps} floored when {@code staircase}. k = step − 1 is Keras's 0-based iteration.
 *
 * @param initialLearningRate the rate at step 1, &gt; 0
 * @param decaySteps &gt; 0
 * @param decayRate &gt;= 0
 * @param staircase whether to decay in whole steps of decaySteps
 */
public record InverseTimeDecay(double initialLearningRate, long decaySteps, double decayRate, boolean staircase)
        implements LearningRateSchedule {
    public InverseTimeDecay {
        Steps.positive("InverseTimeDecay", "initialLearningRate", initialLearningRate);
        Steps.positive("InverseTimeDecay", "decaySteps", decaySteps);
        Steps.nonNegative("InverseTimeDecay", "decayRate", decayRate);
    }

    @Override
    public double at(long step) {
        double p = Steps.keras("InverseTimeDecay", step) / decaySteps;
        if (staircase) {
            p = Math.floor(p);
        }
        return initialLearningRate / (1 + decayRate * p);
    }
}
