package org.neurite.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ArrayNode;
import org.nd4j.shade.jackson.databind.node.JsonNodeFactory;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.LayerConfig;
import org.neurite.core.Initializer;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Optimizer;
import org.neurite.core.Sequential;

/** {@code config.json}: the architecture in Keras's config form, the compile configuration and the counters. */
final class ConfigCodec {
    static final String FORMAT = "neurite.model";
    static final int VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What {@code config.json} holds, checked. */
    record Decoded(List<Layer> layers, DataType dataType, int inputWidth, Optimizer<?> optimizer, Loss loss,
                   List<Metric> metrics, long step, int epoch, double learningRateFactor) {
    }

    private ConfigCodec() {
    }

    static ObjectNode encode(Sequential model) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("format_version", VERSION);
        root.put("class_name", "Sequential");
        ObjectNode config = root.putObject("config");
        config.put("name", "sequential");
        config.put("dtype", model.dataType() == DataType.FLOAT ? "float32" : "float64");
        ArrayNode layers = config.putArray("layers");
        List<String> names = model.layerNames();
        for (int i = 0; i < model.layers().size(); i++) {
            Layer layer = model.layers().get(i);
            ObjectNode node = layers.addObject();
            node.put("class_name", layer.className());
            ObjectNode lc = node.putObject("config");
            lc.put("name", names.get(i));
            for (Map.Entry<String, Object> e : layer.config().entrySet()) {
                lc.set(e.getKey(), Json.MAPPER.valueToTree(e.getValue()));
            }
        }
        root.putObject("build_config").putArray("input_shape").addNull().add(model.inputWidth());
        if (model.isCompiled()) {
            ObjectNode compile = root.putObject("compile_config");
            compile.set("optimizer", OptimizerCodec.encode(model.optimizer()));
            compile.put("loss", model.loss().name());
            ArrayNode metrics = compile.putArray("metrics");
            model.metrics().forEach(m -> metrics.add(m.spec()));
        }
        ObjectNode state = root.putObject("training_state");
        state.put("step", model.step());
        state.put("epoch", model.epoch());
        state.put("learning_rate_factor", model.learningRateFactor());
        return root;
    }

    static Decoded decode(JsonNode root, Path file, Optimizer<?> given) {
        Fields f = new Fields(file, ModelFile.CONFIG);
        if (!FORMAT.equals(root.path("format").asText()) || !"Sequential".equals(root.path("class_name").asText())) {
            throw f.fail("is not a Neurite Sequential model (expected \"format\": \"" + FORMAT + "\" and "
                    + "\"class_name\": \"Sequential\").");
        }
        long version = f.integer(root, "format_version", "$", 1, Integer.MAX_VALUE);
        if (version != VERSION) {
            throw f.fail("$.format_version is " + version + "; this Neurite reads version " + VERSION + ".");
        }
        JsonNode config = f.object(root, "config", "$");
        String dtype = f.text(config, "dtype", "$.config");
        if (!dtype.equals("float32") && !dtype.equals("float64")) {
            throw f.fail("$.config.dtype must be \"float32\" or \"float64\"; received \"" + dtype + "\".");
        }
        List<Layer> layers = layers(f.array(config, "layers", "$.config"), f);
        JsonNode shape = f.array(f.object(root, "build_config", "$"), "input_shape", "$.build_config");
        if (shape.size() != 2 || !shape.get(1).isIntegralNumber() || !shape.get(1).canConvertToInt()
                || shape.get(1).asInt() < 1) {
            throw f.fail("$.build_config.input_shape must be [null, width >= 1]; received " + Fields.shown(shape)
                    + ".");
        }
        JsonNode state = f.object(root, "training_state", "$");
        long step = f.integer(state, "step", "$.training_state", 0, Long.MAX_VALUE);
        int epoch = (int) f.integer(state, "epoch", "$.training_state", 0, Integer.MAX_VALUE);
        double factor = f.number(state, "learning_rate_factor", "$.training_state");
        if (!(factor > 0)) {
            throw f.fail("$.training_state.learning_rate_factor must be > 0; received " + factor + ".");
        }
        DataType type = dtype.equals("float32") ? DataType.FLOAT : DataType.DOUBLE;
        JsonNode compile = root.get("compile_config");
        if (compile == null || compile.isNull()) {
            if (given != null) {
                throw f.fail("the model was saved uncompiled, so there is no optimizer state to pair with the one "
                        + "given. Load it with Sequential.load(path) and compile it.");
            }
            return new Decoded(layers, type, shape.get(1).asInt(), null, null, List.of(), step, epoch, factor);
        }
        if (!compile.isObject()) {
            throw f.fail("$.compile_config must be a JSON object.");
        }
        Optimizer<?> optimizer = OptimizerCodec.decode(f.object(compile, "optimizer", "$.compile_config"), f,
                "$.compile_config.optimizer", given);
        Loss loss = resolve(() -> Loss.of(f.text(compile, "loss", "$.compile_config")), f, "$.compile_config.loss");
        List<Metric> metrics = new ArrayList<>();
        JsonNode names = f.array(compile, "metrics", "$.compile_config");
        for (int i = 0; i < names.size(); i++) {
            String path = "$.compile_config.metrics[" + i + "]";
            JsonNode name = names.get(i);
            metrics.add(resolve(() -> Metric.of(name.isTextual() ? name.asText() : null), f, path));
        }
        return new Decoded(layers, type, shape.get(1).asInt(), optimizer, loss, metrics, step, epoch, factor);
    }

    private static List<Layer> layers(JsonNode array, Fields f) {
        if (array.size() == 0) {
            throw f.fail("$.config.layers is empty; a model has at least one layer.");
        }
        List<Layer> layers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.config.layers[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                throw f.fail(path + " must be a JSON object; received " + Fields.shown(node) + ".");
            }
            String className = f.text(node, "class_name", path);
            if (!className.equals("Dense") && !LayerConfig.knows(className)) {
                throw f.fail(path + ".class_name is \"" + className + "\"; known layer classes: [Dense, "
                        + String.join(", ", LayerConfig.classNames()) + "].");
            }
            JsonNode c = f.object(node, "config", path);
            String p = path + ".config";
            String name = f.text(c, "name", p);
            if (!names.add(name)) {
                throw f.fail(p + ".name \"" + name + "\" is used by two layers; names must be unique.");
            }
            if (!className.equals("Dense")) {
                Map<String, Object> map = Json.MAPPER.convertValue(c, Map.class);
                layers.add(resolve(() -> LayerConfig.layer(className, map), f, p));
                continue;
            }
            int units = (int) f.integer(c, "units", p, 1, Integer.MAX_VALUE);
            boolean useBias = f.bool(c, "use_bias", p);
            Activation activation = resolve(() -> Activation.of(f.text(c, "activation", p)), f, p + ".activation");
            Initializer kernel = resolve(() -> Initializer.of(f.text(c, "kernel_initializer", p)), f,
                    p + ".kernel_initializer");
            Initializer bias = resolve(() -> Initializer.of(f.text(c, "bias_initializer", p)), f,
                    p + ".bias_initializer");
            Dense dense = resolve(() -> new Dense(units, activation, useBias, kernel, bias, name,
                    LayerConfig.regularizer(plain(c, "kernel_regularizer")),
                    LayerConfig.regularizer(plain(c, "bias_regularizer")),
                    LayerConfig.regularizer(plain(c, "activity_regularizer")),
                    LayerConfig.constraint(plain(c, "kernel_constraint")),
                    LayerConfig.constraint(plain(c, "bias_constraint"))), f, p);
            layers.add(dense);
        }
        return layers;
    }

    /** A JSON value as plain Java maps, lists, numbers and strings (null when absent). */
    private static Object plain(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : Json.MAPPER.convertValue(v, Object.class);
    }

    private static <T> T resolve(java.util.function.Supplier<T> lookup, Fields f, String path) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException e) {
            throw f.fail(path + ": " + e.getMessage(), e);
        }
    }
}
