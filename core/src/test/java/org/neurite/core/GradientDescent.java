package org.neurite.core;

import java.util.List;
import java.util.Map;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * Plain gradient descent, θ ← θ − lr·g, for core's own tests (the real optimizers live in their module).
 * Registered for {@code compile("gd", ...)} through the test class path's service file. It is its own
 * constant schedule, so a training step allocates nothing on its account.
 */
public record GradientDescent(double rate) implements Optimizer<GradientDescent.State>, LearningRateSchedule {
    public GradientDescent {
        LearningRateSchedule.constant(rate);
    }

    /** No state. */
    public record State() implements OptimizerState {
        @Override
        public Map<String, org.nd4j.linalg.api.ndarray.INDArray> slots() {
            return Map.of();
        }
    }

    @Override
    public String name() {
        return "gd";
    }

    @Override
    public LearningRateSchedule learningRate() {
        return this;
    }

    @Override
    public double at(long step) {
        return rate;
    }

    @Override
    public State init(Parameters parameters) {
        return new State();
    }

    @Override
    public void update(Parameters parameters, State state, long step, double learningRate) {
        NativeMatrix p = parameters.valueMatrix();
        NativeMatrix g = parameters.gradientMatrix();
        for (int i = 0; i < parameters.count(); i++) {
            p.set(i, p.get(i) - learningRate * g.get(i));
        }
    }

    /** Makes {@code "gd"} known to {@link Optimizers}. */
    public static final class Provider implements OptimizerProvider {
        @Override
        public List<String> names() {
            return List.of("gd");
        }

        @Override
        public Optimizer<?> create(String name) {
            return new GradientDescent(0.1);
        }
    }
}
