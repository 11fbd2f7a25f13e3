package org.neurite.core.io;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerProvider;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * Adam in Keras's ε-hat form, for the persistence tests (the real one lives in the optimizers module): it
 * has state slots and a step-dependent rule, so resuming without the state or the step would show.
 * Registered as {@code "tiny_adam"} through the test class path's service file.
 */
public record TinyAdam(LearningRateSchedule learningRate, double beta1, double beta2, double epsilon)
        implements Optimizer<TinyAdam.State> {
    public TinyAdam {
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("TinyAdam.beta1 must be in [0, 1); received " + beta1);
        }
    }

    public TinyAdam(double rate) {
        this(LearningRateSchedule.constant(rate), 0.9, 0.999, 1e-7);
    }

    /** First and second moments, shaped like the flat parameters. */
    public record State(INDArray m, INDArray v) implements OptimizerState {
        @Override
        public Map<String, INDArray> slots() {
            return Map.of("m", m, "v", v);
        }
    }

    @Override
    public String name() {
        return "tiny_adam";
    }

    @Override
    public State init(Parameters parameters) {
        return new State(Nd4j.create(parameters.dataType(), parameters.count()),
                Nd4j.create(parameters.dataType(), parameters.count()));
    }

    @Override
    public void update(Parameters parameters, State state, long step, double lr) {
        NativeMatrix p = parameters.valueMatrix();
        NativeMatrix g = parameters.gradientMatrix();
        NativeMatrix m = NativeMatrix.of(state.m());
        NativeMatrix v = NativeMatrix.of(state.v());
        double alpha = lr * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
        for (int i = 0; i < parameters.count(); i++) {
            double gi = g.get(i);
            double mi = beta1 * m.get(i) + (1 - beta1) * gi;
            double vi = beta2 * v.get(i) + (1 - beta2) * gi * gi;
            m.set(i, mi);
            v.set(i, vi);
            p.set(i, p.get(i) - alpha * mi / (Math.sqrt(vi) + epsilon));
        }
    }

    /** Makes {@code "tiny_adam"} known to {@code Optimizers}. */
    public static final class Provider implements OptimizerProvider {
        @Override
        public List<String> names() {
            return List.of("tiny_adam");
        }

        @Override
        public Optimizer<?> create(String name) {
            return new TinyAdam(0.001);
        }
    }

    /** Reads and writes Keras's {@code Adam} as TinyAdam (the same rule, without clipping or decay) for core's tests. */
    public static final class KerasMapper implements KerasOptimizerMapper {
        @Override
        public Optimizer<?> fromKeras(String className, Map<String, Object> c) {
            if (!className.equals("Adam")) {
                return null;
            }
            // Keras's defaults for what the config leaves out (an optimizer given as the string "adam" has none).
            return new TinyAdam(LearningRateSchedule.constant(number(c, "learning_rate", 0.001)),
                    number(c, "beta_1", 0.9), number(c, "beta_2", 0.999), number(c, "epsilon", 1e-7));
        }

        private static double number(Map<String, Object> c, String key, double absent) {
            return c.containsKey(key) ? ((Number) c.get(key)).doubleValue() : absent;
        }

        @Override
        public Map<String, Object> toKeras(Optimizer<?> optimizer) {
            if (!(optimizer instanceof TinyAdam a) || !(a.learningRate() instanceof LearningRateSchedule.Constant c)) {
                return null;
            }
            Map<String, Object> config = new java.util.LinkedHashMap<>();
            config.put("name", "adam");
            config.put("learning_rate", c.learningRate());
            config.put("beta_1", a.beta1());
            config.put("beta_2", a.beta2());
            config.put("epsilon", a.epsilon());
            config.put("amsgrad", false);
            Map<String, Object> node = new java.util.LinkedHashMap<>();
            node.put("module", "keras.optimizers");
            node.put("class_name", "Adam");
            node.put("config", config);
            node.put("registered_name", null);
            return node;
        }

        @Override
        public List<List<String>> kerasSlots(Optimizer<?> optimizer) {
            return optimizer instanceof TinyAdam ? List.of(List.of("m", "v")) : null;
        }
    }
}
