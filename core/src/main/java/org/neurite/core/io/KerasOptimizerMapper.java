package org.neurite.core.io;

import java.util.List;
import java.util.Map;
import org.neurite.core.Optimizer;

/**
 * Translates optimizers between Keras's {@code compile_config} form and Neurite's records, and says in which
 * order Keras stores their state. Found through {@link java.util.ServiceLoader}, so core does not depend on
 * the module that implements the optimizers (the {@code optimizers} module registers one).
 */
public interface KerasOptimizerMapper {
    /**
     * The Neurite optimizer for a Keras optimizer config, or null when this mapper does not know the class.
     *
     * @param className Keras's class name, e.g. {@code "Adam"}
     * @param config Keras's config as plain values (numbers, booleans, strings, null, nested maps)
     * @throws IllegalArgumentException naming a setting Neurite cannot represent
     */
    Optimizer<?> fromKeras(String className, Map<String, Object> config);

    /** Keras's {@code {"class_name", "config"}} for {@code optimizer}, or null when it has no Keras equivalent. */
    Map<String, Object> toKeras(Optimizer<?> optimizer);

    /**
     * Keras's order of the optimizer's state after {@code iteration} (and {@code learning_rate} for a constant
     * rate): each group lists Neurite slot names written variable by variable, e.g. Adam
     * {@code [[m, v], [vhat]]} means m and v of the first variable, m and v of the second, ..., then every vhat.
     * Null when the state has no Keras layout.
     */
    List<List<String>> kerasSlots(Optimizer<?> optimizer);
}
