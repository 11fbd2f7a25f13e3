package org.neurite.optimizers;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.neurite.core.LearningRateSchedule;
import org.neurite.optimizers.schedules.ExponentialDecay;

/** Checked reading of one Keras optimizer config, and the parts every written config shares. */
final class KerasConfig {
    private final String className;
    private final Map<String, Object> c;

    KerasConfig(String className, Map<String, Object> c) {
        this.className = className;
        this.c = c;
    }

    double num(String key, double absent) {
        Object v = c.get(key);
        if (v == null) {
            return absent;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(className + "." + key + " must be a number; received " + v);
        }
        return n.doubleValue();
    }

    boolean flag(String key) {
        Object v = c.get(key);
        if (v != null && !(v instanceof Boolean)) {
            throw new IllegalArgumentException(className + "." + key + " must be true or false; received " + v);
        }
        return Boolean.TRUE.equals(v);
    }

    /** The learning rate: a number, or an ExponentialDecay schedule. */
    LearningRateSchedule rate() {
        Object v = c.containsKey("learning_rate") ? c.get("learning_rate") : c.get("lr");
        if (v instanceof Number n) {
            return LearningRateSchedule.constant(n.doubleValue());
        }
        if (v instanceof Map<?, ?> m && "ExponentialDecay".equals(m.get("class_name"))
                && m.get("config") instanceof Map<?, ?> sc) {
            try {
                return KerasOptimizerConfigs.exponentialDecay(sc);
            } catch (ClassCastException | NullPointerException e) {
                throw new IllegalArgumentException(className + ".learning_rate: ExponentialDecay needs numbers "
                        + "initial_learning_rate, decay_steps and decay_rate; received " + sc, e);
            }
        }
        throw new IllegalArgumentException(className + ".learning_rate is " + v + "; Neurite reads a number or an "
                + "ExponentialDecay schedule");
    }

    /** Checks the switches Neurite has no equivalent for, and returns the clipping and decay options. */
    UpdateOptions options(double defaultDecay, KerasConfig checked) {
        refuseUnless("use_ema", Boolean.FALSE);
        refuseUnless("loss_scale_factor", null);
        refuseUnless("gradient_accumulation_steps", null);
        if (num("decay", 0) != 0) {
            throw new IllegalArgumentException(className + ".decay is " + c.get("decay") + "; Keras 2's per-step "
                    + "decay has no Neurite equivalent (use a schedule)");
        }
        double decay = c.containsKey("weight_decay") ? num("weight_decay", 0) : defaultDecay;
        return new UpdateOptions(decay, num("clipnorm", 0), num("global_clipnorm", 0), num("clipvalue", 0));
    }

    private void refuseUnless(String key, Object allowed) {
        Object v = c.get(key);
        if (v != null && !v.equals(allowed)) {
            throw new IllegalArgumentException(className + "." + key + " is " + v + "; Neurite has no equivalent, "
                    + "and ignoring it would train differently");
        }
    }

    void only(Set<String> common, String... own) {
        Set<String> known = new HashSet<>(common);
        known.addAll(Arrays.asList(own));
        for (String key : c.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(className + "." + key + " is not understood by Neurite");
            }
        }
    }

    /** Keras's form of a schedule: a number, a serialized ExponentialDecay, or null when it has none. */
    static Object kerasRate(LearningRateSchedule lr) {
        if (lr instanceof LearningRateSchedule.Constant constant) {
            return constant.learningRate();
        }
        if (lr instanceof ExponentialDecay e) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("initial_learning_rate", e.initialLearningRate());
            config.put("decay_steps", e.decaySteps());
            config.put("decay_rate", e.decayRate());
            config.put("staircase", e.staircase());
            config.put("name", "ExponentialDecay");
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("module", "keras.optimizers.schedules");
            node.put("class_name", "ExponentialDecay");
            node.put("config", config);
            node.put("registered_name", null);
            return node;
        }
        return null;
    }

    /** The whole {@code {module, class_name, config, registered_name}} with Keras 3's shared keys first. */
    static Map<String, Object> wrap(String cls, String name, Object rate, UpdateOptions o, Map<String, Object> own) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("learning_rate", rate);
        c.put("weight_decay", o.weightDecay() > 0 ? o.weightDecay() : null);
        c.put("clipnorm", o.clipNorm() > 0 ? o.clipNorm() : null);
        c.put("global_clipnorm", o.globalClipNorm() > 0 ? o.globalClipNorm() : null);
        c.put("clipvalue", o.clipValue() > 0 ? o.clipValue() : null);
        c.put("use_ema", false);
        c.put("ema_momentum", 0.99);
        c.put("ema_overwrite_frequency", null);
        c.put("loss_scale_factor", null);
        c.put("gradient_accumulation_steps", null);
        c.putAll(own);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("module", "keras.optimizers");
        node.put("class_name", cls);
        node.put("config", c);
        node.put("registered_name", null);
        return node;
    }
}
