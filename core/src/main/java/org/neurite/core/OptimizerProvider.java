package org.neurite.core;

import java.util.List;

/**
 * Makes optimizers known by name to {@code compile("adam", ...)}. Found through
 * {@link java.util.ServiceLoader}, so core does not depend on the modules that implement optimizers.
 */
public interface OptimizerProvider {
    /** The names this provider answers to, e.g. {@code ["adam"]}. */
    List<String> names();

    /** A new optimizer with its Keras defaults for {@code name}. */
    Optimizer<?> create(String name);
}
