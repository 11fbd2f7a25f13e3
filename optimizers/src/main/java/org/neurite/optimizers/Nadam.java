package org.neurite.optimizers;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * Nadam (Dozat 2016): Adam with Nesterov momentum, in Keras 3's form with the momentum schedule
 * {@code μ_t = β1·(1 − 0.5·0.96^t)} and t the 1-based step:
 * <pre>
 * Π_t = Π_{t−1}·μ_t   (Π_0 = 1, kept in the state as u_product)
 * m ← β1·m + (1−β1)·g;   v ← β2·v + (1−β2)·g²
 * m̂ = μ_{t+1}·m/(1 − Π_t·μ_{t+1}) + (1−μ_t)·g/(1 − Π_t);   v̂ = v/(1 − β2^t)
 * θ ← θ − lr·m̂/(√v̂ + ε)
 * </pre>
 * Defaults (Keras): lr 0.001, β1 0.9, β2 0.999, ε 1e-7.
 *
 * @param learningRate the learning rate schedule
 * @param beta1 decay of the first moment, in [0, 1)
 * @param beta2 decay of the second moment, in [0, 1)
 * @param epsilon added to √v̂, &gt; 0
 * @param options weight decay and clipping
 */
public record Nadam(LearningRateSchedule learningRate, double beta1, double beta2, double epsilon,
                    UpdateOptions options) implements Optimizer<Nadam.State>,
        UpdateOptionWithers<Nadam> {
    /** Keras's momentum-schedule decay base (0.96, from Dozat's paper). */
    static final double SCHEDULE_DECAY = 0.96;

    public Nadam {
        Adam.check("Nadam", learningRate, beta1, beta2, epsilon, options);
    }

    /** Nadam with a constant learning rate. */
    public Nadam(double learningRate, double beta1, double beta2, double epsilon) {
        this(Checks.rate("Nadam", learningRate, 0.001), beta1, beta2, epsilon, UpdateOptions.defaults());
    }

    /** Keras's defaults with the given constant learning rate. */
    public Nadam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-7);
    }

    /** Keras's defaults: lr 0.001, β1 0.9, β2 0.999, ε 1e-7. */
    public static Nadam defaults() {
        return new Nadam(0.001);
    }

    /**
     * Nadam's state: moments {@code m} and {@code v} shaped like the parameters, and {@code u_product}
     * (Π_t, a DOUBLE array of shape [1]).
     */
    public record State(NativeMatrix m, NativeMatrix v, NativeMatrix uProduct, UpdateBuffers buffers)
            implements OptimizerState {
        @Override
        public Map<String, INDArray> slots() {
            return Slots.of("m", m, "v", v, "u_product", uProduct);
        }
    }

    @Override
    public String name() {
        return "nadam";
    }

    @Override
    public State init(Parameters parameters) {
        UpdateBuffers buffers = UpdateBuffers.create("Nadam", parameters, options);
        NativeMatrix uProduct = NativeMatrix.of(Nd4j.create(DataType.DOUBLE, 1));
        uProduct.set(0, 1.0);
        return new State(UpdateBuffers.slot(parameters), UpdateBuffers.slot(parameters), uProduct, buffers);
    }

    @Override
    public void update(Parameters parameters, State state, long step, double lr) {
        UpdateBuffers w = state == null ? null : state.buffers();
        Checks.update("Nadam", parameters, w, step, lr, options);
        w.begin(parameters, options);
        double ut = beta1 * (1 - 0.5 * Math.pow(SCHEDULE_DECAY, step));
        double ut1 = beta1 * (1 - 0.5 * Math.pow(SCHEDULE_DECAY, step + 1));
        double productT = state.uProduct().get(0) * ut;
        double productT1 = productT * ut1;
        double mScale = ut1 / (1 - productT1);
        double gScale = (1 - ut) / (1 - productT);
        double vScale = 1 / (1 - Math.pow(beta2, step));
        double[] p = w.p;
        double[] g = w.g;
        double[] m = w.a;
        double[] v = w.b;
        for (int s = 0; s < w.segments(); s++) {
            for (int off = w.start(s); off < w.end(s); off += Scratch.CHUNK) {
                int len = Math.min(Scratch.CHUNK, w.end(s) - off);
                w.load(parameters, options, s, off, len, lr);
                state.m().load(off, m, len, w.scratch);
                state.v().load(off, v, len, w.scratch);
                for (int i = 0; i < len; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    double mHat = mScale * m[i] + gScale * g[i];
                    p[i] -= lr * mHat / (Math.sqrt(v[i] * vScale) + epsilon);
                }
                state.m().store(off, m, len, w.scratch);
                state.v().store(off, v, len, w.scratch);
                w.storeValues(parameters, off, len);
            }
        }
        state.uProduct().set(0, productT);
    }

    public Nadam withLearningRate(double learningRate) {
        return withLearningRate(Checks.rate("Nadam", learningRate, 0.001));
    }

    public Nadam withLearningRate(LearningRateSchedule learningRate) {
        return new Nadam(learningRate, beta1, beta2, epsilon, options);
    }

    public Nadam withBeta1(double beta1) {
        return new Nadam(learningRate, beta1, beta2, epsilon, options);
    }

    public Nadam withBeta2(double beta2) {
        return new Nadam(learningRate, beta1, beta2, epsilon, options);
    }

    public Nadam withEpsilon(double epsilon) {
        return new Nadam(learningRate, beta1, beta2, epsilon, options);
    }

    @Override
    public Nadam withOptions(UpdateOptions options) {
        return new Nadam(learningRate, beta1, beta2, epsilon, options);
    }
}
