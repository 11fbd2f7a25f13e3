package org.neurite.core.io;

import java.util.List;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.layers.Layer;

/**
 * Maps one Keras layer class to a Neurite layer and back, for {@code .keras} and {@code .h5} files. One mapper
 * per class, listed in {@link KerasLayers}; a layer's Keras variables are its {@link Layer#weights(int)} in
 * order (Dense: kernel {@code [in, units]}, then bias), followed by the {@link #counters()} Keras keeps and
 * Neurite does not.
 */
interface KerasLayerMapper {
    /** The Keras class name, e.g. {@code "Dense"}. */
    String kerasClassName();

    /** The Neurite class this mapper writes. */
    Class<? extends Layer> layerClass();

    /**
     * The layer described by a Keras layer config ({@code "config"} of the layer's entry).
     *
     * @param inputWidth the columns the layer receives, or 0 when the file has not declared the model's input
     *                   width before this layer
     * @throws IllegalArgumentException naming the field that Neurite cannot represent, and why
     */
    Layer read(JsonNode config, KerasValues values, int inputWidth);

    /** The layer's Keras config, without {@code name} (which the writer adds first). */
    ObjectNode write(Layer layer, KerasValues values);

    /**
     * Integer scalars Keras stores after the layer's weights and Neurite does not keep (Normalization's
     * {@code count}): checked when read (an integer {@code >= 0}), written as 0.
     */
    default List<String> counters() {
        return List.of();
    }

    /**
     * Whether Keras stores no variables for {@code layer} (a layer just read) because its config fixes its
     * weights, as Normalization's given mean and variance do; its weights then come from the layer itself.
     * Writing always stores the weights as variables, with a config that says so.
     */
    default boolean weightsInConfig(Layer layer) {
        return false;
    }

    /**
     * Whether Keras writes a {@code build_config} for the layer: not for the layers Keras builds in their
     * constructor (Dropout, GaussianNoise, Activation).
     */
    default boolean hasBuildConfig() {
        return true;
    }
}
