package org.neurite.optimizers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;
import org.neurite.core.io.KerasOptimizerMapper;
import org.neurite.optimizers.schedules.ExponentialDecay;

/**
 * Keras 2 and 3 optimizer configs for Adam, AdamW, SGD, RMSprop and Adagrad, with a constant learning rate or
 * an {@code ExponentialDecay} schedule, both ways. A setting with no Neurite equivalent (EMA, loss scaling,
 * gradient accumulation, Keras 2's {@code decay}) is refused, never dropped. Registered in
 * {@code META-INF/services/org.neurite.core.io.KerasOptimizerMapper}.
 */
public final class KerasOptimizerConfigs implements KerasOptimizerMapper {
    private static final Set<String> COMMON = Set.of("name", "learning_rate", "lr", "weight_decay", "clipnorm",
            "global_clipnorm", "clipvalue", "use_ema", "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor",
            "gradient_accumulation_steps", "decay", "jit_compile", "is_legacy_optimizer");

    @Override
    public Optimizer<?> fromKeras(String className, Map<String, Object> c) {
        KerasConfig k = new KerasConfig(className, c);
        return switch (className) {
            case "Adam" -> new Adam(k.rate(), k.num("beta_1", 0.9), k.num("beta_2", 0.999), k.num("epsilon", 1e-7),
                    k.flag("amsgrad"), k.options(0, extra(k, "beta_1", "beta_2", "epsilon", "amsgrad")));
            case "AdamW" -> new AdamW(k.rate(), k.num("beta_1", 0.9), k.num("beta_2", 0.999), k.num("epsilon", 1e-7),
                    k.flag("amsgrad"), k.options(0.004, extra(k, "beta_1", "beta_2", "epsilon", "amsgrad")));
            case "SGD" -> new Sgd(k.rate(), k.num("momentum", 0), k.flag("nesterov"),
                    k.options(0, extra(k, "momentum", "nesterov")));
            case "RMSprop" -> new RmsProp(k.rate(), k.num("rho", 0.9), k.num("momentum", 0), k.num("epsilon", 1e-7),
                    k.flag("centered"), k.options(0, extra(k, "rho", "momentum", "epsilon", "centered")));
            case "Adagrad" -> new Adagrad(k.rate(), k.num("initial_accumulator_value", 0.1), k.num("epsilon", 1e-7),
                    k.options(0, extra(k, "initial_accumulator_value", "epsilon")));
            default -> null;
        };
    }

    private static KerasConfig extra(KerasConfig k, String... own) {
        k.only(COMMON, own);
        return k;
    }

    @Override
    public Map<String, Object> toKeras(Optimizer<?> optimizer) {
        Map<String, Object> c = new LinkedHashMap<>();
        String cls;
        UpdateOptions o;
        LearningRateSchedule lr;
        if (optimizer instanceof Adam a) {
            cls = "Adam";
            lr = a.learningRate();
            o = a.options();
            adamLike(c, a.beta1(), a.beta2(), a.epsilon(), a.amsgrad());
        } else if (optimizer instanceof AdamW a) {
            cls = "AdamW";
            lr = a.learningRate();
            o = a.options();
            adamLike(c, a.beta1(), a.beta2(), a.epsilon(), a.amsgrad());
        } else if (optimizer instanceof Sgd s) {
            cls = "SGD";
            lr = s.learningRate();
            o = s.options();
            c.put("momentum", s.momentum());
            c.put("nesterov", s.nesterov());
        } else if (optimizer instanceof RmsProp r) {
            cls = "RMSprop";
            lr = r.learningRate();
            o = r.options();
            c.put("rho", r.rho());
            c.put("momentum", r.momentum());
            c.put("epsilon", r.epsilon());
            c.put("centered", r.centered());
        } else if (optimizer instanceof Adagrad a) {
            cls = "Adagrad";
            lr = a.learningRate();
            o = a.options();
            c.put("initial_accumulator_value", a.initialAccumulatorValue());
            c.put("epsilon", a.epsilon());
        } else {
            return null;
        }
        Object rate = KerasConfig.kerasRate(lr);
        if (rate == null) {
            return null;
        }
        return KerasConfig.wrap(cls, optimizer.name(), rate, o, c);
    }

    private static void adamLike(Map<String, Object> c, double beta1, double beta2, double epsilon, boolean ams) {
        c.put("beta_1", beta1);
        c.put("beta_2", beta2);
        c.put("epsilon", epsilon);
        c.put("amsgrad", ams);
    }

    @Override
    public List<List<String>> kerasSlots(Optimizer<?> optimizer) {
        if (optimizer instanceof Adam a) {
            return a.amsgrad() ? List.of(List.of("m", "v"), List.of("vhat")) : List.of(List.of("m", "v"));
        } else if (optimizer instanceof AdamW a) {
            return a.amsgrad() ? List.of(List.of("m", "v"), List.of("vhat")) : List.of(List.of("m", "v"));
        } else if (optimizer instanceof Sgd s) {
            return s.momentum() > 0 ? List.of(List.of("momentum")) : List.of();
        } else if (optimizer instanceof RmsProp r) {
            List<List<String>> groups = new java.util.ArrayList<>();
            groups.add(List.of("velocity"));
            if (r.momentum() > 0) {
                groups.add(List.of("momentum"));
            }
            if (r.centered()) {
                groups.add(List.of("average_gradient"));
            }
            return groups;
        } else if (optimizer instanceof Adagrad) {
            return List.of(List.of("accumulator"));
        }
        return null;
    }

    /** Exponential decay, for {@link KerasConfig}. */
    static LearningRateSchedule exponentialDecay(Map<?, ?> c) {
        return new ExponentialDecay(((Number) c.get("initial_learning_rate")).doubleValue(),
                ((Number) c.get("decay_steps")).longValue(), ((Number) c.get("decay_rate")).doubleValue(),
                Boolean.TRUE.equals(c.get("staircase")));
    }
}
