package org.neurite.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neurite.core.layers.Layer;

/** Layer names as Keras gives them: a layer's own name, else its class in snake case, then {@code _1}, {@code _2}, ... */
final class LayerNames {
    private LayerNames() {
    }

    /**
     * One name per layer.
     *
     * @throws IllegalArgumentException if two layers carry the same explicit name
     */
    static List<String> of(List<Layer> layers) {
        Set<String> explicit = new HashSet<>();
        for (Layer layer : layers) {
            if (layer.name() != null && !explicit.add(layer.name())) {
                throw new IllegalArgumentException("Layer name '" + layer.name() + "' is used twice; names must be "
                        + "unique within a model.");
            }
        }
        List<String> names = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        for (Layer layer : layers) {
            if (layer.name() != null) {
                names.add(layer.name());
                continue;
            }
            String base = layer.className().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            String name;
            do {
                int n = counters.merge(base, 1, Integer::sum) - 1;
                name = n == 0 ? base : base + "_" + n;
            } while (explicit.contains(name));
            names.add(name);
        }
        return names;
    }
}
