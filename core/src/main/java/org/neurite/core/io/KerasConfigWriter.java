package org.neurite.core.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.shade.jackson.databind.node.ArrayNode;
import org.nd4j.shade.jackson.databind.node.JsonNodeFactory;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.layers.Layer;
import org.neurite.core.Sequential;

/**
 * Writes a model's {@code config.json} in Keras 3's schema ({@code module}, {@code class_name}, {@code config},
 * {@code registered_name}, {@code build_config}, {@code compile_config}), as Keras 3.15 writes it for the same
 * model, less the keys that only newer Keras versions accept ({@code quantization_config}, the
 * initializers' {@code input_axes}/{@code output_axes}, BatchNormalization's {@code renorm},
 * {@code renorm_clipping} and {@code renorm_momentum}), so that every Keras 3 can load it. As Keras, it writes no
 * {@code build_config} for the layers Keras builds in their constructor (Dropout, GaussianNoise, Activation).
 */
final class KerasConfigWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KerasConfigWriter() {
    }

    /** The config; also fills {@code groupKeys} with each layer's weight group key ({@code dense}, {@code dense_1}). */
    static ObjectNode write(Sequential model, List<String> groupKeys) {
        KerasValues values = new KerasValues(false, model.dataType());
        ObjectNode root = NODES.objectNode();
        root.put("module", "keras");
        root.put("class_name", "Sequential");
        ObjectNode config = root.putObject("config");
        config.put("name", "sequential");
        config.put("trainable", true);
        config.set("dtype", values.dtypePolicy());
        ArrayNode layers = config.putArray("layers");
        ObjectNode input = layers.addObject();
        input.put("module", "keras.layers");
        input.put("class_name", "InputLayer");
        ObjectNode ic = input.putObject("config");
        ic.set("batch_shape", shape(model.inputWidth()));
        ic.put("dtype", values.dtypeName());
        ic.put("sparse", false);
        ic.put("name", "input_layer");
        input.putNull("registered_name");
        Map<String, Integer> counters = new HashMap<>();
        int width = model.inputWidth();
        for (int i = 0; i < model.layers().size(); i++) {
            Layer layer = model.layers().get(i);
            KerasLayerMapper mapper = KerasLayers.forLayer(layer);
            if (mapper == null) {
                throw new IllegalArgumentException("layer '" + model.layerNames().get(i) + "' (index " + i + ", "
                        + layer.className() + ") has no Keras mapping; Neurite writes " + KerasLayers.supported());
            }
            String snake = KerasLayers.snake(mapper.kerasClassName());
            int n = counters.merge(snake, 1, Integer::sum) - 1;
            groupKeys.add(n == 0 ? snake : snake + "_" + n);
            ObjectNode node = layers.addObject();
            node.put("module", "keras.layers");
            node.put("class_name", mapper.kerasClassName());
            ObjectNode c = node.putObject("config");
            c.put("name", model.layerNames().get(i));
            c.setAll(mapper.write(layer, values));
            node.putNull("registered_name");
            if (mapper.hasBuildConfig()) {
                node.putObject("build_config").set("input_shape", shape(width));
            }
            width = layer.outputWidth(width);
        }
        config.set("build_input_shape", shape(model.inputWidth()));
        root.putNull("registered_name");
        root.putObject("build_config").set("input_shape", shape(model.inputWidth()));
        if (model.isCompiled()) {
            ObjectNode compile = KerasCompile.write(model);
            if (compile != null) {
                root.set("compile_config", compile);
            }
        }
        return root;
    }

    private static ArrayNode shape(int width) {
        return NODES.arrayNode().addNull().add(width);
    }
}
