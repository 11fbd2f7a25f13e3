package org.neurite.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.neurite.core.layers.Layer;

/**
 * Reads a Keras model config (Keras 3's {@code config.json}, or the {@code model_config} attribute of a
 * legacy {@code .h5}) into Neurite layers: a {@code Sequential}, or a {@code Functional}/{@code Model} whose
 * layers form one chain from its single input to its single output. Each layer goes through its
 * {@link KerasLayerMapper}; a layer Neurite cannot represent is refused, naming the layer, its index and
 * class, and the classes Neurite reads.
 *
 * @param layers the Neurite layers, in order (no InputLayer)
 * @param kerasClasses each layer's Keras class, for finding its weights
 * @param inputWidth the input columns
 * @param dataType FLOAT or DOUBLE, the same for every layer
 */
record KerasArchitecture(List<Layer> layers, List<String> kerasClasses, int inputWidth, DataType dataType) {
    static KerasArchitecture read(JsonNode model, boolean keras2, Fields f, JsonNode buildConfig) {
        String cls = model.path("class_name").asText("");
        JsonNode config = model.get("config");
        JsonNode layers = config != null && config.isArray() ? config : config == null ? null : config.get("layers");
        if (!List.of("Sequential", "Functional", "Model").contains(cls) || layers == null || !layers.isArray()) {
            throw f.fail("describes a '" + cls + "' model; Neurite reads Keras Sequential models and Functional "
                    + "models whose layers form a single chain.");
        }
        if (!cls.equals("Sequential")) {
            checkChain(config, layers, f);
        }
        refuseUnknownClasses(layers, f);
        KerasValues values = new KerasValues(keras2, null);
        List<Layer> out = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Integer width = widthFrom(buildConfig == null ? null : buildConfig.get("input_shape"));
        Integer current = width; // the next layer's input width, while known
        DataType type = null;
        for (int i = 0; i < layers.size(); i++) {
            JsonNode entry = layers.get(i);
            String layerClass = entry.path("class_name").asText("");
            JsonNode c = entry.path("config");
            String name = c.path("name").asText("?");
            String who = "layer " + layerClass + " (" + name + ", index " + i + ")";
            try {
                DataType t = KerasValues.dtype(c);
                if (t != null && type != null && t != type) {
                    throw new IllegalArgumentException("dtype " + t + " differs from the earlier layers' " + type
                            + "; a Neurite model has one dtype");
                }
                type = t == null ? type : t;
                Integer declared = widthFrom(c.has("batch_shape") ? c.get("batch_shape") : c.get("batch_input_shape"));
                if (declared != null && out.isEmpty()) {
                    width = declared;
                    current = declared;
                }
                if (layerClass.equals("InputLayer")) {
                    if (i != 0) {
                        throw new IllegalArgumentException("an InputLayer can only come first");
                    }
                    continue;
                }
                Layer layer = KerasLayers.forKerasClass(layerClass).read(c, values, current == null ? 0 : current);
                if (!names.add(layer.name())) {
                    throw new IllegalArgumentException("the name is used by two layers");
                }
                out.add(layer);
                classes.add(layerClass);
                current = current == null ? null : layer.outputWidth(current);
            } catch (IllegalArgumentException e) {
                throw f.fail("UNSUPPORTED: " + who + ": " + e.getMessage() + ".", e);
            }
        }
        if (out.isEmpty()) {
            throw f.fail("describes a model without layers.");
        }
        if (width == null) {
            throw f.fail("records no input width (no InputLayer, batch_input_shape or build_config); Neurite "
                    + "needs it to place the weights.");
        }
        return new KerasArchitecture(out, classes, width, type == null ? DataType.FLOAT : type);
    }

    /** Refuses the first layer whose class has no mapper, before anything else is read. */
    private static void refuseUnknownClasses(JsonNode layers, Fields f) {
        for (int i = 0; i < layers.size(); i++) {
            String layerClass = layers.get(i).path("class_name").asText("");
            if (!layerClass.equals("InputLayer") && KerasLayers.forKerasClass(layerClass) == null) {
                throw f.fail("UNSUPPORTED: layer " + layerClass + " (" + layers.get(i).path("config").path("name")
                        .asText("?") + ", index " + i + "): Neurite cannot represent a " + layerClass + " layer; it "
                        + "reads the Keras layers " + KerasLayers.supported() + ".");
            }
        }
    }

    /** The width of a {@code [null, width]} shape; a shape of another rank is refused; null when absent. */
    private static Integer widthFrom(JsonNode shape) {
        if (shape == null || shape.isNull()) {
            return null;
        }
        if (!shape.isArray() || shape.size() != 2 || !shape.get(1).isIntegralNumber() || !shape.get(1).canConvertToInt()
                || shape.get(1).asInt() < 1) {
            throw new IllegalArgumentException("the input shape is " + Fields.shown(shape) + "; Neurite reads "
                    + "inputs of shape [batch, features] only");
        }
        return shape.get(1).asInt();
    }

    /** Each layer must take exactly the previous layer's output, the first being the model's only input. */
    private static void checkChain(JsonNode config, JsonNode layers, Fields f) {
        for (int i = 1; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            List<String> sources = new ArrayList<>();
            collectSources(layer.path("inbound_nodes"), sources, 0);
            String previous = layers.get(i - 1).path("config").path("name").asText(
                    layers.get(i - 1).path("name").asText());
            if (sources.size() != 1 || !sources.get(0).equals(previous)) {
                throw f.fail("UNSUPPORTED: layer '" + layer.path("config").path("name").asText("?") + "' (index " + i
                        + ") takes its input from " + sources + ", not only from the previous layer '" + previous
                        + "'; Neurite reads Functional models that are a single chain.");
            }
        }
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        collectSources(config.path("input_layers"), in, 0);
        collectSources(config.path("output_layers"), out, 0);
        if (in.size() > 1 || out.size() > 1) {
            throw f.fail("UNSUPPORTED: the Functional model has inputs " + in + " and outputs " + out + "; Neurite "
                    + "reads models with one input and one output.");
        }
    }

    /** Layer names an inbound-node structure refers to (Keras 2 {@code [[name, 0, 0, {}]]} or Keras 3 keras_history). */
    private static void collectSources(JsonNode node, List<String> out, int depth) {
        if (depth > 12 || node == null) {
            return;
        }
        if (node.isArray() && node.size() >= 3 && node.get(0).isTextual() && node.get(1).isNumber()) {
            out.add(node.get(0).asText());
        } else if (node.isObject() && node.has("keras_history")) {
            collectSources(node.get("keras_history"), out, depth + 1);
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectSources(child, out, depth + 1));
        }
    }
}
