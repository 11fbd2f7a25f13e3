package org.neurite.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ArrayNode;
import org.nd4j.shade.jackson.databind.node.JsonNodeFactory;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Optimizer;
import org.neurite.core.Sequential;

/**
 * Keras's compile configuration (Keras 3's {@code compile_config}, Keras 2's {@code training_config}) ↔ the
 * optimizer, loss and metrics of a Neurite model. Optimizers are translated by the
 * {@link KerasOptimizerMapper}s on the class path; a setting Neurite cannot represent is refused.
 *
 * @param optimizer the optimizer
 * @param loss the loss
 * @param metrics the metrics
 */
record KerasCompile(Optimizer<?> optimizer, Loss loss, List<Metric> metrics) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The compile configuration, or null when the model was saved uncompiled. */
    static KerasCompile read(JsonNode compile, Fields f, String where) {
        if (compile == null || compile.isNull() || (compile.isObject() && compile.isEmpty())) {
            return null; // Keras 3 writes {} for a model that was never compiled
        }
        try {
            JsonNode opt = compile.has("optimizer_config") ? compile.get("optimizer_config") : compile.get("optimizer");
            Optimizer<?> optimizer = optimizer(opt);
            for (String none : new String[] {"loss_weights", "weighted_metrics", "sample_weight_mode"}) {
                if (compile.hasNonNull(none)) {
                    throw new IllegalArgumentException(none + " is " + Fields.shown(compile.get(none))
                            + "; Neurite has no equivalent");
                }
            }
            Loss loss = Loss.of(lossName(compile.get("loss")));
            List<Metric> metrics = new ArrayList<>();
            JsonNode list = compile.get("metrics");
            if (list != null && !list.isNull()) {
                for (JsonNode m : list.isArray() && list.size() == 1 && list.get(0).isArray() ? list.get(0) : list) {
                    metrics.add(metric(m));
                }
            }
            return new KerasCompile(optimizer, loss, metrics);
        } catch (RuntimeException e) {
            // IllegalArgumentException from Neurite's checks; anything else from a mapper given a malformed config.
            String why = String.valueOf(e.getMessage()).replaceAll("\\.$", "");
            throw f.fail("UNSUPPORTED: " + where + ": " + why + ". Neurite loads a Keras model only with "
                    + "a compile configuration it can reproduce exactly.", e);
        }
    }

    /**
     * A metric by name, or from Keras's {@code {"class_name", "config"}} object with every setting carried over
     * ({@code auc(num_thresholds=200, curve=roc, ...)}): a setting Neurite lacks is refused by {@link Metric#of},
     * and a metric Keras logs under another name than Neurite would is refused, never renamed silently.
     */
    static Metric metric(JsonNode m) {
        if (m.isTextual()) {
            return Metric.of(m.asText());
        }
        String cls = m.path("class_name").asText("");
        String name = snake(cls);
        JsonNode config = m.path("config");
        StringBuilder args = new StringBuilder();
        config.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("name") && !e.getKey().equals("dtype") && !e.getValue().isNull()) {
                args.append(args.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(value(e.getValue()));
            }
        });
        Metric metric = Metric.of(args.length() == 0 ? name : name + "(" + args + ")");
        String logged = config.path("name").asText(metric.name());
        if (!logged.equals(metric.name())) {
            throw new IllegalArgumentException("metric " + cls + " is logged by Keras as '" + logged + "', but Neurite "
                    + "logs it as '" + metric.name() + "' and has no renamed metrics");
        }
        return metric;
    }

    private static String value(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(value(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v.isObject()) {
            throw new IllegalArgumentException("a metric setting is the object " + Fields.shown(v)
                    + "; Neurite reads numbers, strings, booleans and lists of numbers");
        }
        return v.asText();
    }

    private static Optimizer<?> optimizer(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("the optimizer is missing");
        }
        String cls = node.isTextual() ? node.asText() : node.path("class_name").asText("");
        @SuppressWarnings("unchecked")
        Map<String, Object> config = node.isTextual() ? Map.of()
                : Json.MAPPER.convertValue(node.path("config"), Map.class);
        for (KerasOptimizerMapper mapper : ServiceLoader.load(KerasOptimizerMapper.class)) {
            Optimizer<?> o = mapper.fromKeras(node.isTextual() ? kerasClass(cls) : cls, config == null ? Map.of()
                    : config);
            if (o != null) {
                return o;
            }
        }
        throw new IllegalArgumentException("optimizer " + cls + " has no Neurite equivalent on the class path (Neurite"
                + " reads Adam, AdamW, SGD, RMSprop and Adagrad with the neurite-optimizers module)");
    }

    private static String kerasClass(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sgd" -> "SGD";
            case "rmsprop" -> "RMSprop";
            case "adamw" -> "AdamW";
            default -> Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    private static String lossName(JsonNode loss) {
        if (loss != null && loss.isTextual()) {
            return loss.asText();
        }
        if (loss == null || !loss.isObject() || !loss.has("class_name")) {
            throw new IllegalArgumentException("loss is " + (loss == null ? "missing" : Fields.shown(loss))
                    + "; Neurite reads one loss, by name or as a Keras loss object");
        }
        JsonNode c = loss.path("config");
        if (c.path("label_smoothing").asDouble(0) != 0) {
            throw new IllegalArgumentException("loss " + loss.get("class_name").asText() + " uses label_smoothing");
        }
        String name = snake(loss.get("class_name").asText());
        return c.path("from_logits").asBoolean(false) ? name + "_from_logits" : name;
    }

    private static String snake(String className) {
        return KerasLayers.snake(className);
    }

    /** Keras 3's {@code compile_config} for a compiled model, or null when its optimizer has no Keras form. */
    static ObjectNode write(Sequential model) {
        Map<String, Object> optimizer = null;
        for (KerasOptimizerMapper mapper : ServiceLoader.load(KerasOptimizerMapper.class)) {
            optimizer = optimizer == null ? mapper.toKeras(model.optimizer()) : optimizer;
        }
        if (optimizer == null) {
            return null;
        }
        ObjectNode c = NODES.objectNode();
        c.set("optimizer", Json.MAPPER.valueToTree(optimizer));
        String loss = model.loss().name();
        if (loss.endsWith("_from_logits")) {
            ObjectNode l = c.putObject("loss");
            l.put("module", "keras.losses");
            String base = loss.substring(0, loss.length() - "_from_logits".length());
            StringBuilder camel = new StringBuilder();
            for (String part : base.split("_")) {
                camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            l.put("class_name", camel.toString());
            l.putObject("config").put("name", base).put("reduction", "sum_over_batch_size").put("from_logits", true);
            l.putNull("registered_name");
        } else {
            c.put("loss", loss);
        }
        c.putNull("loss_weights");
        ArrayNode metrics = c.putArray("metrics");
        model.metrics().forEach(m -> metrics.add(m.name()));
        c.putNull("weighted_metrics");
        c.put("run_eagerly", false);
        c.put("steps_per_execution", 1);
        c.put("jit_compile", true);
        return c;
    }
}
