package org.neurite.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** Finds optimizers by Keras name among the {@link OptimizerProvider}s on the class path. */
public final class Optimizers {
    private Optimizers() {
    }

    /**
     * A new optimizer with its defaults, e.g. {@code byName("adam")}.
     *
     * @throws IllegalArgumentException listing the known names when none matches
     */
    public static Optimizer<?> byName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("optimizer name must not be blank; known optimizers: " + names() + ".");
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (OptimizerProvider provider : ServiceLoader.load(OptimizerProvider.class)) {
            if (provider.names().contains(key)) {
                return provider.create(key);
            }
        }
        throw new IllegalArgumentException("Unknown optimizer '" + name + "'. Known optimizers: " + names()
                + (names().isEmpty() ? " (none: add the neurite-optimizers module to the class path)" : "") + ".");
    }

    /** Every name the providers on the class path answer to. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (OptimizerProvider provider : ServiceLoader.load(OptimizerProvider.class)) {
            names.addAll(provider.names());
        }
        return names;
    }
}
