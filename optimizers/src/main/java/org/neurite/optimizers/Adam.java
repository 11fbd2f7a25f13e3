package org.neurite.optimizers;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * Adam (Kingma &amp; Ba 2014) in Keras 3's "epsilon hat" form (the formula just before section 2.1 of the
 * paper), with optional AMSGrad (Reddi et al. 2018). With t the 1-based step:
 * <pre>
 * m ← β1·m + (1−β1)·g
 * v ← β2·v + (1−β2)·g²                    (AMSGrad: v̂ ← max(v̂, v), and v̂ replaces v below)
 * α = lr·√(1−β2^t)/(1−β1^t)
 * θ ← θ − α·m/(√v + ε̂)
 * </pre>
 * This equals PyTorch's Algorithm-1 form with ε = ε̂/√(1−β2^t). Defaults (Keras): lr 0.001, β1 0.9,
 * β2 0.999, ε̂ 1e-7, no AMSGrad. Weight decay and clipping come from {@link UpdateOptions}.
 *
 * @param learningRate the learning rate schedule (a constant by default)
 * @param beta1 decay of the first moment, in [0, 1)
 * @param beta2 decay of the second moment, in [0, 1)
 * @param epsilon ε̂, &gt; 0
 * @param amsgrad whether to divide by the running maximum of v
 * @param options weight decay and clipping
 */
public record Adam(LearningRateSchedule learningRate, double beta1, double beta2, double epsilon, boolean amsgrad,
                   UpdateOptions options) implements Optimizer<Adam.State>,
        UpdateOptionWithers<Adam> {
    public Adam {
        check("Adam", learningRate, beta1, beta2, epsilon, options);
    }

    /** Adam with a constant learning rate. */
    public Adam(double learningRate, double beta1, double beta2, double epsilon, boolean amsgrad) {
        this(Checks.rate("Adam", learningRate, 0.001), beta1, beta2, epsilon, amsgrad, UpdateOptions.defaults());
    }

    /** Keras's defaults with the given constant learning rate. */
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-7, false);
    }

    /** Keras's defaults: lr 0.001, β1 0.9, β2 0.999, ε̂ 1e-7, no AMSGrad, no decay or clipping. */
    public static Adam defaults() {
        return new Adam(0.001);
    }

    static void check(String owner, LearningRateSchedule learningRate, double beta1, double beta2, double epsilon,
                      UpdateOptions options) {
        Checks.notNull(owner, "learningRate", learningRate);
        Checks.unitInterval(owner, "beta1", beta1, "The paper uses 0.9.");
        Checks.unitInterval(owner, "beta2", beta2, "The paper uses 0.999.");
        Checks.positive(owner, "epsilon", epsilon, "Keras uses 1e-7.");
        Checks.notNull(owner, "options", options);
    }

    /** Adam's moments: {@code m}, {@code v} and (AMSGrad only) {@code vhat}, each shaped like the parameters. */
    public record State(NativeMatrix m, NativeMatrix v, NativeMatrix vhat, UpdateBuffers buffers)
            implements OptimizerState {
        @Override
        public Map<String, INDArray> slots() {
            return Slots.of("m", m, "v", v, "vhat", vhat);
        }
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public State init(Parameters parameters) {
        return init("Adam", parameters, amsgrad, options);
    }

    static State init(String owner, Parameters parameters, boolean amsgrad, UpdateOptions options) {
        UpdateBuffers buffers = UpdateBuffers.create(owner, parameters, options);
        return new State(UpdateBuffers.slot(parameters), UpdateBuffers.slot(parameters),
                amsgrad ? UpdateBuffers.slot(parameters) : null, buffers);
    }

    @Override
    public void update(Parameters parameters, State state, long step, double learningRate) {
        apply("Adam", parameters, state, step, learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    /** The rule, shared with {@link AdamW}: one fused pass over the flat buffer (after the norm pass, if any). */
    static void apply(String owner, Parameters parameters, State state, long step, double lr, double beta1,
                      double beta2, double epsilon, boolean amsgrad, UpdateOptions options) {
        UpdateBuffers w = state == null ? null : state.buffers();
        Checks.update(owner, parameters, w, step, lr, options);
        boolean ams = state.vhat() != null;
        if (ams != amsgrad) {
            throw new IllegalArgumentException(owner + ".update: the state was created " + (ams ? "with" : "without")
                    + " AMSGrad but the optimizer has amsgrad=" + amsgrad + ". Create the state with this optimizer's"
                    + " init.");
        }
        w.begin(parameters, options);
        double alpha = lr * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
        if (FloatAdamPass.applies(parameters, options, ams)) {
            FloatAdamPass.run(parameters, state.m(), state.v(), alpha, beta1, beta2, epsilon);
            return;
        }
        double[] p = w.p;
        double[] g = w.g;
        double[] m = w.a;
        double[] v = w.b;
        double[] vh = w.c;
        for (int s = 0; s < w.segments(); s++) {
            for (int off = w.start(s); off < w.end(s); off += Scratch.CHUNK) {
                int len = Math.min(Scratch.CHUNK, w.end(s) - off);
                w.load(parameters, options, s, off, len, lr);
                state.m().load(off, m, len, w.scratch);
                state.v().load(off, v, len, w.scratch);
                if (ams) {
                    state.vhat().load(off, vh, len, w.scratch);
                    for (int i = 0; i < len; i++) {
                        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                        vh[i] = Math.max(vh[i], v[i]);
                        p[i] -= alpha * m[i] / (Math.sqrt(vh[i]) + epsilon);
                    }
                    state.vhat().store(off, vh, len, w.scratch);
                } else {
                    for (int i = 0; i < len; i++) {
                        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                        p[i] -= alpha * m[i] / (Math.sqrt(v[i]) + epsilon);
                    }
                }
                state.m().store(off, m, len, w.scratch);
                state.v().store(off, v, len, w.scratch);
                w.storeValues(parameters, off, len);
            }
        }
    }

    public Adam withLearningRate(double learningRate) {
        return withLearningRate(Checks.rate("Adam", learningRate, 0.001));
    }

    public Adam withLearningRate(LearningRateSchedule learningRate) {
        return new Adam(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public Adam withBeta1(double beta1) {
        return new Adam(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public Adam withBeta2(double beta2) {
        return new Adam(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public Adam withEpsilon(double epsilon) {
        return new Adam(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    public Adam withAmsgrad(boolean amsgrad) {
        return new Adam(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }

    @Override
    public Adam withOptions(UpdateOptions options) {
        return new Adam(learningRate, beta1, beta2, epsilon, amsgrad, options);
    }
}
