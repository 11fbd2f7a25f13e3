package org.neurite.core.io;

import java.util.Iterator;
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
        return KerasInitializers.read(c.get(field), field, absent);
    }

    ObjectNode kerasInitializer(Initializer i) {
        return KerasInitializers.write(i);
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
}
