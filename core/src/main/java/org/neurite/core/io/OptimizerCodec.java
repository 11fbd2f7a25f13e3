package org.neurite.core.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ArrayNode;
import org.nd4j.shade.jackson.databind.node.JsonNodeFactory;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerProvider;
import org.neurite.core.Optimizers;

/**
 * Saves an optimizer as its name, class and record components, and re-creates it. Optimizers are records
 * (house style), so their components are their configuration: numbers, booleans, strings, enums, arrays and
 * lists of those, and nested records (a learning-rate schedule) are written as JSON and passed back to the
 * canonical constructor, which re-validates them. An optimizer that is not such a record, or whose
 * configuration does not re-create an equal one, is saved with {@code "config": null} and the reason; it is
 * then supplied at load time ({@code Sequential.load(path, optimizer)}).
 *
 * <p>Loading never instantiates a class named by the file alone: the top-level class must be the one the
 * {@link OptimizerProvider} registered under the saved name returns, and a nested record's class must be a
 * record assignable to the component's declared type.
 */
final class OptimizerCodec {
    static final int MAX_NESTING = 6;
    static final int MAX_ELEMENTS = 4096;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A configuration that cannot be written or read back; the message says which component. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private OptimizerCodec() {
    }

    static ObjectNode encode(Optimizer<?> optimizer) {
        ObjectNode node = NODES.objectNode();
        node.put("name", optimizer.name());
        node.put("class_name", optimizer.getClass().getName());
        try {
            JsonNode config = encodeRecord(optimizer, 0);
            Object back = decodeRecord(optimizer.getClass(), config, 0);
            if (!encodeRecord(back, 0).equals(config)) {
                throw new Problem("re-creating it from its components gives a different configuration", null);
            }
            node.set("config", config);
        } catch (Problem e) {
            node.putNull("config");
            node.put("not_restorable", e.getMessage());
        }
        return node;
    }

    /** Re-creates the optimizer described by {@code node}, or checks that {@code given} matches its name. */
    static Optimizer<?> decode(JsonNode node, Fields f, String path, Optimizer<?> given) {
        String name = f.text(node, "name", path);
        if (given != null) {
            if (!given.name().equals(name)) {
                throw f.fail(path + ": the model was saved with optimizer '" + name + "'; received '" + given.name()
                        + "'. Pass the same kind of optimizer, or load without one and compile again.");
            }
            return given;
        }
        String className = f.text(node, "class_name", path);
        JsonNode config = node.get("config");
        if (config == null || config.isNull()) {
            JsonNode why = node.get("not_restorable");
            throw f.fail(path + ": optimizer '" + name + "' (" + className + ") could not be saved in a re-creatable"
                    + " form (" + (why == null ? "no config" : why.asText()) + "). Pass it: Sequential.load(path, "
                    + "optimizer).");
        }
        Class<?> type = registered(name, className);
        if (type == null) {
            throw f.fail(path + ": no optimizer provider on the class path creates '" + name + "' as " + className
                    + "; known optimizers: " + Optimizers.names() + ". Add the module that defines it, or pass the"
                    + " optimizer: Sequential.load(path, optimizer).");
        }
        try {
            return (Optimizer<?>) decodeRecord(type, config, 0);
        } catch (Problem e) {
            throw f.fail(path + ".config: " + e.getMessage(), e);
        }
    }

    private static Class<?> registered(String name, String className) {
        Iterator<OptimizerProvider> providers = ServiceLoader.load(OptimizerProvider.class).iterator();
        while (providers.hasNext()) {
            OptimizerProvider provider = providers.next();
            if (provider.names().contains(name)) {
                Optimizer<?> candidate = provider.create(name);
                if (candidate.getClass().getName().equals(className)) {
                    return candidate.getClass();
                }
            }
        }
        return null;
    }

    private static JsonNode encodeRecord(Object value, int depth) {
        Class<?> type = value.getClass();
        if (!type.isRecord()) {
            throw new Problem(type.getName() + " is not a record", null);
        }
        if (depth > MAX_NESTING) {
            throw new Problem("records nest deeper than " + MAX_NESTING, null);
        }
        ObjectNode node = NODES.objectNode();
        for (RecordComponent rc : type.getRecordComponents()) {
            Object component;
            try {
                rc.getAccessor().setAccessible(true);
                component = rc.getAccessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Problem("component " + rc.getName() + " of " + type.getName() + " cannot be read: " + e, e);
            }
            node.set(rc.getName(), encodeValue(component, rc.getName(), depth));
        }
        return node;
    }

    private static JsonNode encodeValue(Object v, String name, int depth) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return NODES.numberNode(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof String s) {
            return NODES.textNode(s);
        } else if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        } else if (v instanceof double[] || v instanceof float[] || v instanceof long[] || v instanceof int[]) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) {
                array.add(encodeValue(java.lang.reflect.Array.get(v, i), name, depth));
            }
            return array;
        } else if (v instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : list) {
                if (element instanceof List || element == null || element.getClass().isRecord()) {
                    throw new Problem("component " + name + " is a list of " + element + " values", null);
                }
                array.add(encodeValue(element, name, depth));
            }
            return array;
        } else if (v != null && v.getClass().isRecord()) {
            ObjectNode node = NODES.objectNode();
            node.put("class_name", v.getClass().getName());
            node.set("config", encodeRecord(v, depth + 1));
            return node;
        }
        throw new Problem("component " + name + " holds " + (v == null ? "null" : "a " + v.getClass().getName())
                + ", which cannot be saved", null);
    }

    private static Object decodeRecord(Class<?> type, JsonNode config, int depth) {
        if (depth > MAX_NESTING) {
            throw new Problem("the file nests records deeper than " + MAX_NESTING, null);
        }
        if (!type.isRecord() || config == null || !config.isObject()) {
            throw new Problem("expected the components of record " + type.getName() + " as a JSON object", null);
        }
        RecordComponent[] components = type.getRecordComponents();
        if (config.size() != components.length) {
            throw new Problem(type.getSimpleName() + " has " + components.length + " components; the file gives "
                    + config.size(), null);
        }
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            JsonNode node = config.get(rc.getName());
            if (node == null) {
                throw new Problem(rc.getName() + " is missing", null);
            }
            args[i] = Values.decode(node, rc.getType(), rc.getGenericType(), rc.getName(), depth);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new Problem(type.getSimpleName() + " rejected the saved configuration: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Problem(type.getSimpleName() + " cannot be constructed: " + e, e);
        }
    }

    /** Turns JSON values back into component values of a declared type. */
    private static final class Values {
        static Object decode(JsonNode n, Class<?> t, Type generic, String name, int depth) {
            if (t == double.class || t == Double.class) {
                return real(n, name);
            } else if (t == float.class || t == Float.class) {
                return (float) real(n, name);
            } else if (t == long.class || t == Long.class) {
                return integer(n, name, Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (t == int.class || t == Integer.class) {
                return (int) integer(n, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if (t == boolean.class || t == Boolean.class) {
                if (!n.isBoolean()) {
                    throw new Problem(name + " must be true or false; received " + Fields.shown(n), null);
                }
                return n.asBoolean();
            } else if (t == String.class) {
                if (!n.isTextual()) {
                    throw new Problem(name + " must be a string; received " + Fields.shown(n), null);
                }
                return n.asText();
            } else if (t.isEnum()) {
                for (Object c : t.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(n.asText())) {
                        return c;
                    }
                }
                throw new Problem(name + " must be one of the constants of " + t.getSimpleName() + "; received "
                        + Fields.shown(n), null);
            } else if (t.isArray() && t.getComponentType().isPrimitive()) {
                List<Object> values = elements(n, t.getComponentType(), name, depth);
                Object array = java.lang.reflect.Array.newInstance(t.getComponentType(), values.size());
                for (int i = 0; i < values.size(); i++) {
                    java.lang.reflect.Array.set(array, i, values.get(i));
                }
                return array;
            } else if (t == List.class && generic instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                return List.copyOf(elements(n, element, name, depth));
            }
            return nested(n, t, name, depth);
        }

        private static List<Object> elements(JsonNode n, Class<?> element, String name, int depth) {
            if (!n.isArray() || n.size() > MAX_ELEMENTS) {
                throw new Problem(name + " must be an array of at most " + MAX_ELEMENTS + " values", null);
            }
            List<Object> values = new ArrayList<>();
            for (JsonNode e : n) {
                values.add(decode(e, element, element, name, depth));
            }
            return values;
        }

        private static Object nested(JsonNode n, Class<?> t, String name, int depth) {
            JsonNode className = n.get("class_name");
            if (!n.isObject() || className == null || !className.isTextual()) {
                throw new Problem(name + " must be {\"class_name\": ..., \"config\": {...}}; received "
                        + Fields.shown(n), null);
            }
            Class<?> type;
            try {
                ClassLoader loader = t.getClassLoader() != null ? t.getClassLoader()
                        : Thread.currentThread().getContextClassLoader();
                type = t.isRecord() ? t : Class.forName(className.asText(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new Problem(name + ": class " + className.asText() + " is not on the class path", e);
            }
            if (!type.getName().equals(className.asText()) || !type.isRecord() || !t.isAssignableFrom(type)) {
                throw new Problem(name + ": " + className.asText() + " is not a record implementing "
                        + t.getName(), null);
            }
            return decodeRecord(type, n.get("config"), depth + 1);
        }

        private static double real(JsonNode n, String name) {
            if (n.isNumber()) {
                return n.asDouble();
            }
            if (n.isTextual() && List.of("NaN", "Infinity", "-Infinity").contains(n.asText())) {
                return Double.parseDouble(n.asText());
            }
            throw new Problem(name + " must be a number; received " + Fields.shown(n), null);
        }

        private static long integer(JsonNode n, String name, long min, long max) {
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
                throw new Problem(name + " must be an integer in [" + min + ", " + max + "]; received "
                        + Fields.shown(n), null);
            }
            return n.asLong();
        }
    }
}
