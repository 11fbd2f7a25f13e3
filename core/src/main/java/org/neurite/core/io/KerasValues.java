package org.neurite.core.io;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.JsonNodeFactory;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Activation;
import org.neurite.core.Initializer;

/**
 * Reading and writing the values inside Keras layer configs: dtypes (a string or a {@code DTypePolicy}),
 * activations, initializers (a name or {@code {class_name, config}}), and the checks that refuse what
 * Neurite cannot represent. Every refusal is an {@link IllegalArgumentException} naming the field; the
 * caller adds the layer's name, index and class.
 */
final class KerasValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final boolean keras2;
    private final DataType dataType;

    /** For reading a file written by Keras 2 ({@code keras2}) or 3, or for writing a model of {@code dataType}. */
    KerasValues(boolean keras2, DataType dataType) {
        this.keras2 = keras2;
        this.dataType = dataType;
    }

    void onlyFields(JsonNode c, Set<String> known) {
        for (Iterator<String> it = c.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                throw new IllegalArgumentException("field '" + field + "' is not understood by Neurite (it reads "
                        + new java.util.TreeSet<>(known) + ")");
            }
        }
    }

    void requireNone(JsonNode c, String... fields) {
        for (String field : fields) {
            JsonNode n = c.get(field);
            if (n != null && !n.isNull() && !(n.isNumber() && field.equals("lora_rank") && n.asInt() == 0)) {
                throw new IllegalArgumentException(field + " is " + Fields.shown(n) + "; Neurite has no "
                        + field.replace('_', ' ') + " for this layer yet, and dropping it would change the model");
            }
        }
    }

    void requireTrainable(JsonNode c) {
        if (c.has("trainable") && !c.get("trainable").asBoolean(false)) {
            throw new IllegalArgumentException("trainable is false; Neurite trains every layer (no frozen layers)");
        }
    }

    String text(JsonNode c, String field) {
        JsonNode n = c.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-blank string; received "
                    + (n == null ? "nothing" : Fields.shown(n)));
        }
        return n.asText();
    }

    boolean bool(JsonNode c, String field) {
        JsonNode n = c.get(field);
        if (n == null || !n.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false; received "
                    + (n == null ? "nothing" : Fields.shown(n)));
        }
        return n.asBoolean();
    }

    int positiveInt(JsonNode c, String field) {
        JsonNode n = c.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 1) {
            throw new IllegalArgumentException(field + " must be an integer >= 1; received "
                    + (n == null ? "nothing" : Fields.shown(n)));
        }
        return n.asInt();
    }

    /** The dtype of a layer config ({@code "float32"} or a DTypePolicy), or null when absent. */
    static DataType dtype(JsonNode c) {
        JsonNode n = c.get("dtype");
        if (n == null || n.isNull()) {
            return null;
        }
        String name = n.isObject() ? n.path("config").path("name").asText("") : n.asText("");
        return switch (name) {
            case "float32" -> DataType.FLOAT;
            case "float64" -> DataType.DOUBLE;
            default -> throw new IllegalArgumentException("dtype is " + Fields.shown(n) + "; Neurite computes in "
                    + "float32 or float64 only (no mixed precision)");
        };
    }

    Activation activation(JsonNode c) {
        JsonNode n = c.get("activation");
        String name = n == null || n.isNull() ? "linear" : n.isTextual() ? n.asText() : null;
        if (name == null) {
            throw new IllegalArgumentException("activation is " + Fields.shown(n) + "; Neurite reads activations "
                    + "given by their Keras name");
        }
        if (keras2 && name.equals("hard_sigmoid")) {
            throw new IllegalArgumentException("activation is Keras 2's hard_sigmoid (0.2·z + 0.5), which differs "
                    + "from Keras 3's (relu6(z + 3) / 6) that Neurite implements");
        }
        Activation a = Activation.of(name);
        if (!a.name().equals(name) && !(name.equals("silu") || name.equals("linear"))) {
            throw new IllegalArgumentException("activation '" + name + "' is not a plain Keras activation name");
        }
        return a;
    }

    Initializer initializer(JsonNode c, String field, String absent) {
        JsonNode n = c.get(field);
        if (n == null || n.isNull()) {
            return Initializer.of(absent);
        }
        if (n.isTextual()) {
            return Initializer.of(n.asText());
        }
        String cls = n.path("class_name").asText("");
        JsonNode cfg = n.path("config");
        String snake = cls.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        switch (snake) {
            case "constant":
                return Initializer.constant(cfg.path("value").asDouble(0));
            case "random_uniform":
                return Initializer.randomUniform(cfg.path("minval").asDouble(-0.05), cfg.path("maxval").asDouble(0.05));
            case "random_normal":
                return Initializer.randomNormal(cfg.path("mean").asDouble(0), cfg.path("stddev").asDouble(0.05));
            case "variance_scaling":
                return Initializer.of(varianceScaling(cfg, field));
            default:
                if (!cfg.path("input_axes").isMissingNode() && !cfg.path("input_axes").isNull()) {
                    throw new IllegalArgumentException(field + " sets input_axes; Neurite's initializers use the "
                            + "kernel's own fans");
                }
                return Initializer.of(snake);
        }
    }

    private static String varianceScaling(JsonNode cfg, String field) {
        String key = cfg.path("scale").asDouble() + "/" + cfg.path("mode").asText() + "/"
                + cfg.path("distribution").asText();
        return switch (key) {
            case "1.0/fan_avg/uniform" -> "glorot_uniform";
            case "2.0/fan_in/uniform" -> "he_uniform";
            case "1.0/fan_in/uniform" -> "lecun_uniform";
            default -> throw new IllegalArgumentException(field + " is VarianceScaling(" + key + "), which matches "
                    + "none of Neurite's initializers");
        };
    }

    /** The config head every layer shares when written: trainable and the dtype policy. */
    ObjectNode layerHeader() {
        ObjectNode c = NODES.objectNode();
        c.put("trainable", true);
        c.set("dtype", dtypePolicy());
        return c;
    }

    ObjectNode dtypePolicy() {
        ObjectNode p = NODES.objectNode();
        p.put("module", "keras");
        p.put("class_name", "DTypePolicy");
        p.putObject("config").put("name", dtypeName());
        p.putNull("registered_name");
        return p;
    }

    String dtypeName() {
        return dataType == DataType.DOUBLE ? "float64" : "float32";
    }

    String kerasActivation(Activation a) {
        String name = a.name();
        if (name.contains("(")) {
            throw new IllegalArgumentException("activation " + name + " has no plain Keras name; Keras's string "
                    + "activations use their default parameters");
        }
        return name;
    }

    ObjectNode kerasInitializer(Initializer i) {
        String name = i.name();
        ObjectNode node = NODES.objectNode();
        node.put("module", "keras.initializers");
        ObjectNode cfg = NODES.objectNode();
        String base = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
        double[] args = arguments(name);
        switch (base) {
            case "constant" -> cfg.put("value", args[0]);
            case "random_uniform" -> cfg.put("minval", args.length > 0 ? args[0] : -0.05)
                    .put("maxval", args.length > 1 ? args[1] : 0.05).putNull("seed");
            case "random_normal" -> cfg.put("mean", args.length > 0 ? args[0] : 0)
                    .put("stddev", args.length > 1 ? args[1] : 0.05).putNull("seed");
            case "zeros", "ones" -> { }
            default -> cfg.putNull("seed");
        }
        StringBuilder camel = new StringBuilder();
        for (String part : base.split("_")) {
            camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        node.put("class_name", camel.toString());
        node.set("config", cfg);
        node.putNull("registered_name");
        return node;
    }

    private static double[] arguments(String name) {
        if (!name.contains("(")) {
            return new double[0];
        }
        String[] parts = name.substring(name.indexOf('(') + 1, name.length() - 1).split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }
}
