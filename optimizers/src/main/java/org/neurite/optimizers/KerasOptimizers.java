package org.neurite.optimizers;

import java.util.List;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerProvider;

/**
 * Makes this module's optimizers known to {@code compile("adam", ...)} by their Keras names, each with
 * Keras's defaults. Registered in {@code META-INF/services/org.neurite.core.OptimizerProvider}.
 */
public final class KerasOptimizers implements OptimizerProvider {
    @Override
    public List<String> names() {
        return List.of("sgd", "adam", "adamw", "rmsprop", "adagrad", "nadam");
    }

    @Override
    public Optimizer<?> create(String name) {
        return switch (name) {
            case "sgd" -> Sgd.defaults();
            case "adam" -> Adam.defaults();
            case "adamw" -> AdamW.defaults();
            case "rmsprop" -> RmsProp.defaults();
            case "adagrad" -> Adagrad.defaults();
            case "nadam" -> Nadam.defaults();
            default -> throw new IllegalArgumentException("KerasOptimizers does not provide '" + name
                    + "'; it provides " + names() + ".");
        };
    }
}
