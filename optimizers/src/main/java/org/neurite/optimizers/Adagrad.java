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
 * Adagrad (Duchi et al. 2011) in Keras 3's form, with ε inside the square root:
 * <pre>
 * a ← a + g²            (a starts at initialAccumulatorValue)
 * θ ← θ − lr·g/√(a + ε)
 * </pre>
 * Defaults (Keras): lr 0.001, initial accumulator 0.1, ε 1e-7. (PyTorch starts at 0 and adds ε outside the
 * root.)
 *
 * @param learningRate the learning rate schedule
 * @param initialAccumulatorValue the accumulator's starting value, &gt;= 0
 * @param epsilon added under the root, &gt; 0
 * @param options weight decay and clipping
 */
public record Adagrad(LearningRateSchedule learningRate, double initialAccumulatorValue, double epsilon,
                      UpdateOptions options) implements Optimizer<Adagrad.State>,
        UpdateOptionWithers<Adagrad> {
    public Adagrad {
        Checks.notNull("Adagrad", "learningRate", learningRate);
        if (!(initialAccumulatorValue >= 0) || !Double.isFinite(initialAccumulatorValue)) {
            throw new IllegalArgumentException("Adagrad.initialAccumulatorValue must be a finite number >= 0; received "
                    + initialAccumulatorValue + ". Keras uses 0.1.");
        }
        Checks.positive("Adagrad", "epsilon", epsilon, "Keras uses 1e-7.");
        Checks.notNull("Adagrad", "options", options);
    }

    /** Adagrad with a constant learning rate. */
    public Adagrad(double learningRate, double initialAccumulatorValue, double epsilon) {
        this(Checks.rate("Adagrad", learningRate, 0.001), initialAccumulatorValue, epsilon, UpdateOptions.defaults());
    }

    /** Keras's defaults with the given constant learning rate. */
    public Adagrad(double learningRate) {
        this(learningRate, 0.1, 1e-7);
    }

    /** Keras's defaults: lr 0.001, initial accumulator 0.1, ε 1e-7. */
    public static Adagrad defaults() {
        return new Adagrad(0.001);
    }

    /** Adagrad's state: the {@code accumulator} of squared gradients, shaped like the parameters. */
    public record State(NativeMatrix accumulator, UpdateBuffers buffers) implements OptimizerState {
        @Override
        public Map<String, INDArray> slots() {
            return Slots.of("accumulator", accumulator);
        }
    }

    @Override
    public String name() {
        return "adagrad";
    }

    @Override
    public State init(Parameters parameters) {
        UpdateBuffers buffers = UpdateBuffers.create("Adagrad", parameters, options);
        NativeMatrix accumulator = UpdateBuffers.slot(parameters);
        accumulator.fill(parameters.count(), initialAccumulatorValue);
        return new State(accumulator, buffers);
    }

    @Override
    public void update(Parameters parameters, State state, long step, double lr) {
        UpdateBuffers w = state == null ? null : state.buffers();
        Checks.update("Adagrad", parameters, w, step, lr, options);
        w.begin(parameters, options);
        double[] p = w.p;
        double[] g = w.g;
        double[] a = w.a;
        for (int s = 0; s < w.segments(); s++) {
            for (int off = w.start(s); off < w.end(s); off += Scratch.CHUNK) {
                int len = Math.min(Scratch.CHUNK, w.end(s) - off);
                w.load(parameters, options, s, off, len, lr);
                state.accumulator().load(off, a, len, w.scratch);
                for (int i = 0; i < len; i++) {
                    a[i] += g[i] * g[i];
                    p[i] -= lr * g[i] / Math.sqrt(a[i] + epsilon);
                }
                state.accumulator().store(off, a, len, w.scratch);
                w.storeValues(parameters, off, len);
            }
        }
    }

    public Adagrad withLearningRate(double learningRate) {
        return withLearningRate(Checks.rate("Adagrad", learningRate, 0.001));
    }

    public Adagrad withLearningRate(LearningRateSchedule learningRate) {
        return new Adagrad(learningRate, initialAccumulatorValue, epsilon, options);
    }

    public Adagrad withInitialAccumulatorValue(double initialAccumulatorValue) {
        return new Adagrad(learningRate, initialAccumulatorValue, epsilon, options);
    }

    public Adagrad withEpsilon(double epsilon) {
        return new Adagrad(learningRate, initialAccumulatorValue, epsilon, options);
    }

    @Override
    public Adagrad withOptions(UpdateOptions options) {
        return new Adagrad(learningRate, initialAccumulatorValue, epsilon, options);
    }
}
