package org.neurite.optimizers;

import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;
import org.neurite.core.Parameters;

/**
 * AdamW (Loshchilov &amp; Hutter 2019) as Keras 3 defines it: {@link Adam}'s rule and state with decoupled
 * weight decay on by default. Each step first decays, {@code θ ← θ − θ·weightDecay·lr} (lr includes the
 * schedule; unlike the paper there is no separate schedule multiplier), then applies Adam's ε-hat update:
 * <pre>
 * m ← β1·m + (1−β1)·g;  v ← β2·v + (1−β2)·g²;  θ ← θ − lr·√(1−β2^t)/(1−β1^t) · m/(√v + ε̂)
 * </pre>
 * Defaults (Keras): lr 0.001, weightDecay 0.004, β1 0.9, β2 0.999, ε̂ 1e-7, no AMSGrad. This is not
 * PyTorch's {@code Adam(weight_decay=...)}, which adds λθ to the gradient (coupled L2).
 *
 * @param learningRate the learning rate schedule
 * @param beta1 decay of the first moment, in [0, 1)
 * @param beta2 decay of the second moment, in [0, 1)
 * @param epsilon ε̂, &gt; 0
 * @param amsgrad whether to divide by the running maximum of v
 * @param options weight decay (0.004 by default) and clipping
 */
public record AdamW(LearningRateSchedule learningRate, double beta1, double beta2, double epsilon, boolean amsgrad,
                    UpdateOptions options) implements Optimizer<Adam.State>,
        UpdateOptionWithers<AdamW> {
    public AdamW {
        Adam.check("AdamW", learningRate, beta1, beta2, epsilon, options);
    }

    /** AdamW with a constant learning rate and the given weight decay. */
    public AdamW(double learningRate, double weightDecay) {
        this(Checks.rate("AdamW", learningRate, 0.001), 0.9, 0.999, 1e-7, false,
                UpdateOptions.defaults().withWeightDecay(weightDecay));
    }

    /** Keras's defaults: lr 0.001, weightDecay 0.004, β1 0.9, β2 0.999, ε̂ 1e-7. */
    public static AdamW defaults() {
        return new AdamW(0.001, 0.004);
    }

    @Override
    public String name() {
        return "adamw";
    }

    @Override
    public Adam.State init(Parameters parameters) {
        return Adam.init("AdamW", parameters, amsgrad, options);
    }

    @Override
    public void update(Parameters parameters, Adam.State state, long step, double learningRate) {
        Adam.apply("AdamW", parameters, state, step, learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public AdamW withLearningRate(double learningRate) {
        return withLearningRate(Checks.rate("AdamW", learningRate, 0.001));
    }

    public AdamW withLearningRate(LearningRateSchedule learningRate) {
        return new AdamW(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public AdamW withBeta1(double beta1) {
        return new AdamW(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public AdamW withBeta2(double beta2) {
        return new AdamW(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public AdamW withEpsilon(double epsilon) {
        return new AdamW(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public AdamW withAmsgrad(boolean amsgrad) {
        return new AdamW(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    @Override
    public AdamW withOptions(UpdateOptions options) {
        return new AdamW(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }
}
