package org.neurite.optimizers.schedules;

import org.neurite.core.LearningRateSchedule;

/**
 * Keras's {@code PolynomialDecay}, with k = step − 1 (Keras's 0-based iteration):
 * <pre>
 * no cycle:  k' = min(k, decaySteps), D = decaySteps
 * cycle:     D = decaySteps·max(1, ⌈k/decaySteps⌉), k' = k
 * lr = (initialLearningRate − endLearningRate)·(1 − k'/D)^power + endLearningRate
 * </pre>
 *
 * @param initialLearningRate the rate at step 1, &gt; 0
 * @param decaySteps &gt; 0
 * @param endLearningRate the final rate, &gt;= 0 (Keras: 1e-4)
 * @param power &gt; 0 (Keras: 1, linear)
 * @param cycle whether to restart past decaySteps
 */
public record PolynomialDecay(double initialLearningRate, long decaySteps, double endLearningRate, double power,
                              boolean cycle) implements LearningRateSchedule {
    public PolynomialDecay {
        Steps.positive("PolynomialDecay", "initialLearningRate", initialLearningRate);
        Steps.positive("PolynomialDecay", "decaySteps", decaySteps);
        Steps.nonNegative("PolynomialDecay", "endLearningRate", endLearningRate);
        Steps.positive("PolynomialDecay", "power", power);
    }

    /** Keras's defaults: linear decay to 1e-4, no cycle. */
    public PolynomialDecay(double initialLearningRate, long decaySteps) {
        this(initialLearningRate, decaySteps, 1e-4, 1, false);
    }

    @Override
    public double at(long step) {
        double k = Steps.keras("PolynomialDecay", step);
        double d = decaySteps;
        if (cycle) {
            d = decaySteps * (k == 0 ? 1 : Math.ceil(k / decaySteps));
        } else {
            k = Math.min(k, decaySteps);
        }
        return (initialLearningRate - endLearningRate) * Math.pow(1 - k / d, power) + endLearningRate;
    }
}
