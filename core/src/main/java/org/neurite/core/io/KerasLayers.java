package org.neurite.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.layers.Layer;

/**
 * The registry of Keras layer classes Neurite can represent, one {@link KerasLayerMapper} each. Adding a
 * layer to the Keras formats is adding its mapper here. {@code InputLayer} is not a layer in Neurite (it
 * only fixes the input width) and is handled by {@link KerasArchitecture}.
 */
final class KerasLayers {
    private static final Map<String, KerasLayerMapper> BY_KERAS_CLASS = new LinkedHashMap<>();

    static {
        register(new KerasDense());
        KerasLayerConfigs.all().forEach(KerasLayers::register);
        register(new KerasNormalization());
    }

    private KerasLayers() {
    }

    private static void register(KerasLayerMapper mapper) {
        BY_KERAS_CLASS.put(mapper.kerasClassName(), mapper);
    }

    /** The mapper for a Keras class name, or null. */
    static KerasLayerMapper forKerasClass(String className) {
        return BY_KERAS_CLASS.get(className);
    }

    /** The mapper that writes {@code layer}, or null when its class has none. */
    static KerasLayerMapper forLayer(Layer layer) {
        for (KerasLayerMapper m : BY_KERAS_CLASS.values()) {
            if (m.layerClass().isInstance(layer)) {
                return m;
            }
        }
        return null;
    }

    /** Every Keras class Neurite reads, InputLayer included, for error messages. */
    static List<String> supported() {
        List<String> names = new ArrayList<>();
        names.add("InputLayer");
        names.addAll(BY_KERAS_CLASS.keySet());
        return names;
    }

    /** The Keras weight-group key of a class: snake case, e.g. {@code BatchNormalization → batch_normalization}. */
    static String snake(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
