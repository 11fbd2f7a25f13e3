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
 * Stochastic gradient descent with optional (Nesterov) momentum, in Keras 3's form where the velocity
 * includes the learning rate:
 * <pre>
 * μ = 0:        θ ← θ − lr·g
 * otherwise:    v ← μ·v − lr·g;   θ ← θ + v             (Nesterov: θ ← θ + μ·v − lr·g, with the new v)
 * </pre>
 * With a constant learning rate this equals PyTorch's buffer form ({@code b ← μ·b + g; θ ← θ − lr·b}); under
 * a schedule they differ, since PyTorch's buffer holds no learning rate. Defaults (Keras): lr 0.01, μ 0,
 * no Nesterov. Weight decay and clipping come from {@link UpdateOptions}.
 *
 * @param learningRate the learning rate schedule
 * @param momentum μ, in [0, 1)
 * @param nesterov whether to use Nesterov momentum
 * @param options weight decay and clipping
 */
public record Sgd(LearningRateSchedule learningRate, double momentum, boolean nesterov, UpdateOptions options)
        implements Optimizer<Sgd.State>,
        UpdateOptionWithers<Sgd> {
    public Sgd {
        Checks.notNull("Sgd", "learningRate", learningRate);
        Checks.unitInterval("Sgd", "momentum", momentum, "Use 0 for none; 0.9 is common.");
        Checks.notNull("Sgd", "options", options);
    }

    /** SGD with a constant learning rate. */
    public Sgd(double learningRate, double momentum, boolean nesterov) {
        this(Checks.rate("Sgd", learningRate, 0.01), momentum, nesterov, UpdateOptions.defaults());
    }

    /** Plain SGD with a constant learning rate. */
    public Sgd(double learningRate) {
        this(learningRate, 0, false);
    }

    /** Keras's defaults: lr 0.01, no momentum. */
    public static Sgd defaults() {
        return new Sgd(0.01);
    }

    /** SGD's state: the velocity {@code momentum} (present only when μ &gt; 0, as in Keras). */
    public record State(NativeMatrix momentum, UpdateBuffers buffers) implements OptimizerState {
        @Override
        public Map<String, INDArray> slots() {
            return Slots.of("momentum", momentum);
        }
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public State init(Parameters parameters) {
        UpdateBuffers buffers = UpdateBuffers.create("Sgd", parameters, options);
        return new State(momentum > 0 ? UpdateBuffers.slot(parameters) : null, buffers);
    }

    @Override
    public void update(Parameters parameters, State state, long step, double lr) {
        UpdateBuffers w = state == null ? null : state.buffers();
        Checks.update("Sgd", parameters, w, step, lr, options);
        if ((state.momentum() != null) != (momentum > 0)) {
            throw new IllegalArgumentException("Sgd.update: the state was created for another momentum setting; "
                    + "momentum=" + momentum + ". Create the state with this optimizer's init.");
        }
        w.begin(parameters, options);
        double[] p = w.p;
        double[] g = w.g;
        double[] v = w.a;
        double mu = momentum;
        for (int s = 0; s < w.segments(); s++) {
            for (int off = w.start(s); off < w.end(s); off += Scratch.CHUNK) {
                int len = Math.min(Scratch.CHUNK, w.end(s) - off);
                w.load(parameters, options, s, off, len, lr);
                if (mu == 0) {
                    for (int i = 0; i < len; i++) {
                        p[i] -= g[i] * lr;
                    }
                } else {
                    state.momentum().load(off, v, len, w.scratch);
                    for (int i = 0; i < len; i++) {
                        v[i] = v[i] * mu - g[i] * lr;
                        p[i] += nesterov ? v[i] * mu - g[i] * lr : v[i];
                    }
                    state.momentum().store(off, v, len, w.scratch);
                }
                w.storeValues(parameters, off, len);
            }
        }
    }

    public Sgd withLearningRate(double learningRate) {
        return withLearningRate(Checks.rate("Sgd", learningRate, 0.01));
    }

    public Sgd withLearningRate(LearningRateSchedule learningRate) {
        return new Sgd(learningRate, momentum, nesterov, options);
    }

    public Sgd withMomentum(double momentum) {
        return new Sgd(learningRate, momentum, nesterov, options);
    }

    public Sgd withNesterov(boolean nesterov) {
        return new Sgd(learningRate, momentum, nesterov, options);
    }

    @Override
    public Sgd withOptions(UpdateOptions options) {
        return new Sgd(learningRate, momentum, nesterov, options);
    }
}
