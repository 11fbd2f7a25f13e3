package org.neurite.optimizers.schedules;

import org.neurite.core.LearningRateSchedule;

/**
 * Keras's {@code ExponentialDecay}: {@code lr(k) = initialLearningRate · decayRate^(k/decaySteps)}, with
 * the exponent floored when {@code staircase}. Here k = step − 1 is Keras's 0-based iteration, so
 * {@code at(1)} is the initial rate.
 *
 * @param initialLearningRate the rate at step 1, &gt; 0
 * @param decaySteps steps per factor of decayRate, &gt; 0
 * @param decayRate the factor, &gt; 0
 * @param staircase whether to decay in whole steps of decaySteps
 */
public record ExponentialDecay(double initialLearningRate, long decaySteps, double decayRate, boolean staircase)
        implements LearningRateSchedule {
    public ExponentialDecay {
        Steps.positive("ExponentialDecay", "initialLearningRate", initialLearningRate);
        Steps.positive("ExponentialDecay", "decaySteps", decaySteps);
        Steps.positive("ExponentialDecay", "decayRate", decayRate);
    }

    @Override
    public double at(long step) {
        double p = Steps.keras("ExponentialDecay", step) / decaySteps;
        if (staircase) {
            p = Math.floor(p);
        }
        return initialLearningRate * Math.pow(decayRate, p);
    }
}
