package org.neurite.optimizers.schedules;

import org.neurite.core.LearningRateSchedule;

/**
 * Keras's {@code CosineDecay} (Loshchilov &amp; Hutter, SGDR without restarts) with optional linear warm-up;
 * k = step − 1 is Keras's 0-based iteration:
 * <pre>
 * decay(lr0, j) = lr0·((1 − alpha)·½(1 + cos(π·min(j, decaySteps)/decaySteps)) + alpha)
 * no warm-up:  lr = decay(initialLearningRate, k)
 * warm-up:     k &lt; warmupSteps:  lr = initialLearningRate + (warmupTarget − initialLearningRate)·k/warmupSteps
 *              otherwise:        lr = decay(warmupTarget, k − warmupSteps)
 * </pre>
 *
 * @param initialLearningRate the rate at step 1, &gt;= 0 (0 is usual with warm-up), and &gt; 0 without warm-up
 * @param decaySteps steps of the cosine, &gt; 0
 * @param alpha the final rate as a fraction of the peak, in [0, 1]
 * @param warmupTarget the rate reached after warm-up (ignored when warmupSteps is 0)
 * @param warmupSteps the length of the linear warm-up, &gt;= 0 (0: none)
 */
public record CosineDecay(double initialLearningRate, long decaySteps, double alpha, double warmupTarget,
                          long warmupSteps) implements LearningRateSchedule {
    public CosineDecay {
        Steps.nonNegative("CosineDecay", "initialLearningRate", initialLearningRate);
        Steps.positive("CosineDecay", "decaySteps", decaySteps);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("CosineDecay.alpha must be in [0, 1]; received " + alpha + ".");
        }
        if (warmupSteps < 0) {
            throw new IllegalArgumentException("CosineDecay.warmupSteps must be >= 0; received " + warmupSteps + ".");
        }
        if (warmupSteps > 0) {
            Steps.positive("CosineDecay", "warmupTarget", warmupTarget);
        } else {
            Steps.positive("CosineDecay", "initialLearningRate", initialLearningRate);
        }
    }

    /** Cosine decay without warm-up, to alpha·initialLearningRate. */
    public CosineDecay(double initialLearningRate, long decaySteps, double alpha) {
        this(initialLearningRate, decaySteps, alpha, 0, 0);
    }

    @Override
    public double at(long step) {
        double k = Steps.keras("CosineDecay", step);
        if (warmupSteps == 0) {
            return decay(initialLearningRate, Math.min(k, decaySteps));
        }
        k = Math.min(k, decaySteps + warmupSteps);
        if (k < warmupSteps) {
            return initialLearningRate + (warmupTarget - initialLearningRate) * (k / warmupSteps);
        }
        return decay(warmupTarget, k - warmupSteps);
    }

    private double decay(double peak, double k) {
        double cosine = 0.5 * (1 + Math.cos(Math.PI * k / decaySteps));
        return peak * ((1 - alpha) * cosine + alpha);
    }
}
