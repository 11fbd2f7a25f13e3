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
 * RMSprop (Hinton, lecture 6e) in Keras 3's form, with ε inside the square root and plain (not Nesterov)
 * momentum:
 * <pre>
 * s ← ρ·s + (1−ρ)·g²
 * centered:  ḡ ← ρ·ḡ + (1−ρ)·g;  d = s − ḡ² + ε      otherwise  d = s + ε
 * Δ = lr·g/√d
 * μ &gt; 0:  u ← μ·u + Δ;  θ ← θ − u               otherwise  θ ← θ − Δ
 * </pre>
 * PyTorch puts ε outside the root ({@code √s + ε}); Keras's is followed here. Defaults (Keras): lr 0.001,
 * ρ 0.9, μ 0, ε 1e-7, not centered.
 *
 * @param learningRate the learning rate schedule
 * @param rho decay of the squared-gradient average, in [0, 1)
 * @param momentum μ, in [0, 1)
 * @param epsilon added to the denominator under the root, &gt; 0
 * @param centered whether to divide by the estimated variance instead of the second moment
 * @param options weight decay and clipping
 */
public record RmsProp(LearningRateSchedule learningRate, double rho, double momentum, double epsilon,
                      boolean centered, UpdateOptions options) implements Optimizer<RmsProp.State>,
        UpdateOptionWithers<RmsProp> {
    public RmsProp {
        Checks.notNull("RmsProp", "learningRate", learningRate);
        Checks.unitInterval("RmsProp", "rho", rho, "Keras uses 0.9.");
        Checks.unitInterval("RmsProp", "momentum", momentum, "Keras uses 0 (none).");
        Checks.positive("RmsProp", "epsilon", epsilon, "Keras uses 1e-7.");
        Checks.notNull("RmsProp", "options", options);
    }

    /** RMSprop with a constant learning rate. */
    public RmsProp(double learningRate, double rho, double momentum, double epsilon, boolean centered) {
        this(Checks.rate("RmsProp", learningRate, 0.001), rho, momentum, epsilon, centered, UpdateOptions.defaults());
    }

    /** Keras's defaults with the given constant learning rate. */
    public RmsProp(double learningRate) {
        this(learningRate, 0.9, 0, 1e-7, false);
    }

    /** Keras's defaults: lr 0.001, ρ 0.9, μ 0, ε 1e-7, not centered. */
    public static RmsProp defaults() {
        return new RmsProp(0.001);
    }

    /**
     * RMSprop's state: {@code velocity} (s), {@code momentum} (u, when μ &gt; 0) and {@code average_gradient}
     * (ḡ, when centered), each shaped like the parameters.
     */
    public record State(NativeMatrix velocity, NativeMatrix momentum, NativeMatrix averageGradient,
                        UpdateBuffers buffers) implements OptimizerState {
        @Override
        public Map<String, INDArray> slots() {
            return Slots.of("velocity", velocity, "momentum", momentum, "average_gradient", averageGradient);
        }
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    public State init(Parameters parameters) {
        UpdateBuffers buffers = UpdateBuffers.create("RmsProp", parameters, options);
        return new State(UpdateBuffers.slot(parameters), momentum > 0 ? UpdateBuffers.slot(parameters) : null,
                centered ? UpdateBuffers.slot(parameters) : null, buffers);
    }

    @Override
    public void update(Parameters parameters, State state, long step, double lr) {
        UpdateBuffers w = state == null ? null : state.buffers();
        Checks.update("RmsProp", parameters, w, step, lr, options);
        if ((state.momentum() != null) != (momentum > 0) || (state.averageGradient() != null) != centered) {
            throw new IllegalArgumentException("RmsProp.update: the state was created for other momentum/centered "
                    + "settings; momentum=" + momentum + ", centered=" + centered + ". Create it with this init.");
        }
        w.begin(parameters, options);
        for (int s = 0; s < w.segments(); s++) {
            for (int off = w.start(s); off < w.end(s); off += Scratch.CHUNK) {
                int len = Math.min(Scratch.CHUNK, w.end(s) - off);
                w.load(parameters, options, s, off, len, lr);
                chunk(state, w, off, len, lr);
                w.storeValues(parameters, off, len);
            }
        }
    }

    private void chunk(State state, UpdateBuffers w, int off, int len, double lr) {
        double[] p = w.p;
        double[] g = w.g;
        double[] sq = w.a;
        double[] u = w.b;
        double[] avg = w.c;
        state.velocity().load(off, sq, len, w.scratch);
        if (centered) {
            state.averageGradient().load(off, avg, len, w.scratch);
        }
        if (momentum > 0) {
            state.momentum().load(off, u, len, w.scratch);
        }
        for (int i = 0; i < len; i++) {
            sq[i] = rho * sq[i] + (1 - rho) * g[i] * g[i];
            double d = sq[i] + epsilon;
            if (centered) {
                avg[i] = rho * avg[i] + (1 - rho) * g[i];
                d = sq[i] - avg[i] * avg[i] + epsilon;
            }
            double step = lr * g[i] / Math.sqrt(d);
            if (momentum > 0) {
                u[i] = momentum * u[i] + step;
                step = u[i];
            }
            p[i] -= step;
        }
        state.velocity().store(off, sq, len, w.scratch);
        if (centered) {
            state.averageGradient().store(off, avg, len, w.scratch);
        }
        if (momentum > 0) {
            state.momentum().store(off, u, len, w.scratch);
        }
    }

    public RmsProp withLearningRate(double learningRate) {
        return withLearningRate(Checks.rate("RmsProp", learningRate, 0.001));
    }

    public RmsProp withLearningRate(LearningRateSchedule learningRate) {
        return new RmsProp(learningRate, rho, momentum, epsilon, centered, options);
    }

    public RmsProp withRho(double rho) {
        return new RmsProp(learningRate, rho, momentum, epsilon, centered, options);
    }

    public RmsProp withMomentum(double momentum) {
        return new RmsProp(learningRate, rho, momentum, epsilon, centered, options);
    }

    public RmsProp withEpsilon(double epsilon) {
        return new RmsProp(learningRate, rho, momentum, epsilon, centered, options);
    }

    public RmsProp withCentered(boolean centered) {
        return new RmsProp(learningRate, rho, momentum, epsilon, centered, options);
    }

    @Override
    public RmsProp withOptions(UpdateOptions options) {
        return new RmsProp(learningRate, rho, momentum, epsilon, centered, options);
    }
}
