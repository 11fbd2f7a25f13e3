package org.neurite.core.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.neurite.core.Initializer;
import org.neurite.core.constraints.Constraint;
import org.neurite.core.constraints.MaxNorm;
import org.neurite.core.constraints.NonNeg;
import org.neurite.core.constraints.UnitNorm;
import org.neurite.core.regularizers.L1;
import org.neurite.core.regularizers.L1L2;
import org.neurite.core.regularizers.L2;
import org.neurite.core.regularizers.Regularizer;

/**
 * Layers from their Keras class name and config map (the inverse of {@link Layer#config()}), with Keras's
 * field names; model files and Keras-file readers use it. Layers written outside Neurite become loadable by
 * {@link #register}ing a factory for their class name.
 */
public final class LayerConfig {
    private static final Map<String, Function<Map<String, Object>, Layer>> FACTORIES = new ConcurrentHashMap<>();

    static {
        FACTORIES.put("Dropout", Dropout::fromConfig);
        FACTORIES.put("GaussianNoise", GaussianNoise::fromConfig);
        FACTORIES.put("Activation", ActivationLayer::fromConfig);
        FACTORIES.put("BatchNormalization", BatchNormalization::fromConfig);
        FACTORIES.put("LayerNormalization", LayerNormalization::fromConfig);
        FACTORIES.put("Normalization", Normalization::fromConfig);
    }

    private LayerConfig() {
    }

    /** Makes {@code className} loadable: {@code factory} receives the config map, {@code "name"} included. */
    public static void register(String className, Function<Map<String, Object>, Layer> factory) {
        if (className == null || className.isBlank() || factory == null || className.equals("Dense")) {
            throw new IllegalArgumentException("LayerConfig.register: className must be non-blank and not a built-in"
                    + " class, factory not null; received className=" + className + ", factory=" + factory + ".");
        }
        FACTORIES.put(className, factory);
    }

    /** Whether {@link #layer} knows {@code className} (Dense is decoded by the model file itself). */
    public static boolean knows(String className) {
        requireClassName("knows", className);
        return FACTORIES.containsKey(className);
    }

    /** The class names {@link #layer} knows. */
    public static List<String> classNames() {
        return FACTORIES.keySet().stream().sorted().toList();
    }

    /**
     * The layer of class {@code className} with {@code config} (Keras's keys, plus {@code "name"}).
     *
     * @throws IllegalArgumentException naming the class, key and value that cannot be used
     */
    public static Layer layer(String className, Map<String, Object> config) {
        requireClassName("layer", className);
        requireConfig("layer", config, "config");
        Function<Map<String, Object>, Layer> factory = FACTORIES.get(className);
        if (factory == null) {
            throw new IllegalArgumentException("unknown layer class \"" + className + "\"; known: Dense, "
                    + classNames() + ". Register a custom layer with LayerConfig.register(className, factory).");
        }
        try {
            return factory.apply(config);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(className + " config " + config + " holds a value of the wrong type ("
                    + e.getMessage() + "). Use the types Keras writes: numbers, booleans, strings, lists or null.", e);
        }
    }

    /** {@code {"class_name": className, "config": config}}, Keras's form for nested objects. */
    public static Map<String, Object> nested(String className, Map<String, Object> config) {
        requireClassName("nested", className);
        requireConfig("nested", config, "config");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("class_name", className);
        out.put("config", config);
        return out;
    }

    /** A regularizer from Keras's nested form, or null for null. */
    public static Regularizer regularizer(Object node) {
        if (node == null) {
            return null;
        }
        Map<String, Object> c = inner(node, "regularizer");
        return switch (String.valueOf(asMap(node, "regularizer").get("class_name"))) {
            case "L1" -> new L1(number(c, "l1", 0.01));
            case "L2" -> new L2(number(c, "l2", 0.01));
            case "L1L2" -> new L1L2(number(c, "l1", 0.0), number(c, "l2", 0.0));
            default -> throw new IllegalArgumentException("regularizer class_name must be L1, L2 or L1L2; received "
                    + asMap(node, "regularizer").get("class_name") + ".");
        };
    }

    /** A constraint from Keras's nested form, or null for null. */
    public static Constraint constraint(Object node) {
        if (node == null) {
            return null;
        }
        Map<String, Object> c = inner(node, "constraint");
        return switch (String.valueOf(asMap(node, "constraint").get("class_name"))) {
            case "MaxNorm" -> new MaxNorm(number(c, "max_value", 2), (int) number(c, "axis", 0));
            case "NonNeg" -> new NonNeg();
            case "UnitNorm" -> new UnitNorm((int) number(c, "axis", 0));
            default -> throw new IllegalArgumentException("constraint class_name must be MaxNorm, NonNeg or UnitNorm;"
                    + " received " + asMap(node, "constraint").get("class_name") + ".");
        };
    }

    /** {@code config.get(key)} as a number, or {@code fallback} when absent or null. */
    public static double number(Map<String, Object> config, String key, double fallback) {
        requireConfig("number", config, key);
        Object v = config.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(key + " must be a number; received " + key + "=" + v + ".");
        }
        return n.doubleValue();
    }

    /** {@code config.get(key)} as a boolean, or {@code fallback} when absent or null. */
    public static boolean bool(Map<String, Object> config, String key, boolean fallback) {
        requireConfig("bool", config, key);
        Object v = config.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException(key + " must be true or false; received " + key + "=" + v + ".");
        }
        return b;
    }

    /**
     * {@code config.get(key)} as an initializer: a Keras name ({@code "ones"}) or Keras 3's nested form
     * ({@code {"class_name": "Ones", "config": {}}}, the class name in snake case); {@code fallback} when absent.
     */
    public static Initializer initializer(Map<String, Object> config, String key, Initializer fallback) {
        requireConfig("initializer", config, key);
        Object v = config.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map<?, ?> m) {
            String cls = String.valueOf(m.get("class_name"));
            return Initializer.of(cls.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT));
        }
        return Initializer.of(String.valueOf(v));
    }

    /** {@code config.get(key)} as a list of numbers, or null when absent or null. */
    public static double[] numbers(Map<String, Object> config, String key) {
        requireConfig("numbers", config, key);
        Object v = config.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list of numbers or null; received " + key + "=" + v
                    + ".");
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                throw new IllegalArgumentException(key + "[" + i + "] must be a number; received " + list.get(i) + ".");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    /** {@code config.get("name")} as text, or null. */
    public static String name(Map<String, Object> config) {
        requireConfig("name", config, "name");
        Object v = config.get("name");
        return v == null ? null : String.valueOf(v);
    }

    private static void requireClassName(String method, String className) {
        if (className == null) {
            throw new IllegalArgumentException("LayerConfig." + method + ": className must be a Keras class name such "
                    + "as \"Dropout\"; received null. Pass the layer's class_name.");
        }
    }

    private static void requireConfig(String method, Map<String, Object> config, String key) {
        if (config == null || key == null) {
            throw new IllegalArgumentException("LayerConfig." + method + ": config and key must not be null; received "
                    + "config=" + config + ", key=" + key + ". Pass the layer's config map (Keras's keys) and a key.");
        }
    }

    private static Map<String, Object> inner(Object node, String what) {
        Object c = asMap(node, what).get("config");
        return c == null ? Map.of() : asMap(c, what + " config");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node, String what) {
        if (!(node instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(what + " must be an object {\"class_name\": ..., \"config\": {...}};"
                    + " received " + node + ".");
        }
        return (Map<String, Object>) m;
    }
}
