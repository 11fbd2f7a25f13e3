package org.neurite.optimizers.schedules;

import org.neurite.core.LearningRateSchedule;

/**
 * Keras's {@code CosineDecayRestarts} (SGDR, Loshchilov &amp; Hutter 2017): cosine periods that restart, the
 * i-th lasting {@code firstDecaySteps·tMul^i} with peak {@code initialLearningRate·mMul^i}. With
 * k = step − 1 (Keras's 0-based iteration) and f = k/firstDecaySteps:
 * <pre>
 * tMul = 1:  i = ⌊f⌋,  f' = f − i
 * else:      i = ⌊log(1 − f·(1 − tMul))/log(tMul)⌋,  f' = (f − (1 − tMul^i)/(1 − tMul))/tMul^i
 * lr = initialLearningRate·((1 − alpha)·½·mMul^i·(1 + cos(π·f')) + alpha)
 * </pre>
 *
 * @param initialLearningRate the first peak, &gt; 0
 * @param firstDecaySteps the length of the first period, &gt; 0
 * @param tMul period growth factor, &gt; 0 (Keras: 2)
 * @param mMul peak factor per restart, &gt; 0 (Keras: 1)
 * @param alpha the floor as a fraction of initialLearningRate, in [0, 1]
 */
public record CosineDecayRestarts(double initialLearningRate, long firstDecaySteps, double tMul, double mMul,
                                  double alpha) implements LearningRateSchedule {
    public CosineDecayRestarts {
        Steps.positive("CosineDecayRestarts", "initialLearningRate", initialLearningRate);
        Steps.positive("CosineDecayRestarts", "firstDecaySteps", firstDecaySteps);
        Steps.positive("CosineDecayRestarts", "tMul", tMul);
        Steps.positive("CosineDecayRestarts", "mMul", mMul);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("CosineDecayRestarts.alpha must be in [0, 1]; received " + alpha + ".");
        }
    }

    /** Keras's defaults: tMul 2, mMul 1, alpha 0. */
    public CosineDecayRestarts(double initialLearningRate, long firstDecaySteps) {
        this(initialLearningRate, firstDecaySteps, 2, 1, 0);
    }

    @Override
    public double at(long step) {
        double f = Steps.keras("CosineDecayRestarts", step) / firstDecaySteps;
        double i;
        if (tMul == 1) {
            i = Math.floor(f);
            f -= i;
        } else {
            i = Math.floor(Math.log(1 - f * (1 - tMul)) / Math.log(tMul));
            double sum = (1 - Math.pow(tMul, i)) / (1 - tMul);
            f = (f - sum) / Math.pow(tMul, i);
        }
        double cosine = 0.5 * Math.pow(mMul, i) * (1 + Math.cos(Math.PI * f));
        return initialLearningRate * ((1 - alpha) * cosine + alpha);
    }
}
