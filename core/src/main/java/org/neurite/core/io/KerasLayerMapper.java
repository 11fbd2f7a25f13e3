package org.neurite.core.io;

import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.layers.Layer;

/**
 * Maps one Keras layer class to a Neurite layer and back, for {@code .keras} and {@code .h5} files. One mapper
 * per class, listed in {@link KerasLayers}; a layer's Keras variables are its {@link Layer#weights(int)} in
 * order (Dense: kernel {@code [in, units]}, then bias).
 */
interface KerasLayerMapper {
    /** The Keras class name, e.g. {@code "Dense"}. */
    String kerasClassName();

    /** The Neurite class this mapper writes. */
    Class<? extends Layer> layerClass();

    /**
     * The layer described by a Keras layer config ({@code "config"} of the layer's entry).
     *
     * @throws IllegalArgumentException naming the field that Neurite cannot represent, and why
     */
    Layer read(JsonNode config, KerasValues values);

    /** The layer's Keras config, without {@code name} (which the writer adds first). */
    ObjectNode write(Layer layer, KerasValues values);
}
