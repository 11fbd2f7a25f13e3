package org.neurite.core.io;

import java.util.Locale;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.JsonNodeFactory;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Initializer;

/**
 * Keras initializers ↔ Neurite's: a name ({@code "glorot_uniform"}) or {@code {class_name, config}} (Keras 3's
 * {@code GlorotUniform}, Keras 2's {@code VarianceScaling} spelled out) in, Keras 3's object form out. A seed is
 * accepted and not kept: it only matters for a fresh initialization, which Neurite seeds itself.
 */
final class KerasInitializers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KerasInitializers() {
    }

    static Initializer read(JsonNode n, String field, String absent) {
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

    static ObjectNode write(Initializer i) {
        String name = i.name();
        ObjectNode node = NODES.objectNode();
        node.put("module", "keras.initializers");
        ObjectNode cfg = NODES.objectNode();
        String base = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
        double[] args = arguments(name);
        switch (base) {
            case "constant" -> cfg.put("value", args[0]);
            case "random_uniform" -> {
                double[] a = orDefaults(args, -0.05, 0.05);
                cfg.put("minval", a[0]).put("maxval", a[1]).putNull("seed");
            }
            case "random_normal" -> {
                double[] a = orDefaults(args, 0, 0.05);
                cfg.put("mean", a[0]).put("stddev", a[1]).putNull("seed");
            }
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

    /** A name's arguments, or Keras's defaults when it has none (Neurite's names carry all of them or none). */
    private static double[] orDefaults(double[] args, double... defaults) {
        return args.length == 0 ? defaults : args;
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
