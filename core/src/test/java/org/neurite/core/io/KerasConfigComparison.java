package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Iterator;
import java.util.Set;
import org.nd4j.shade.jackson.databind.JsonNode;

/**
 * Compares a config Neurite wrote with Keras's own for the same architecture, field by field. A field may be
 * missing from Neurite's only if it is on the documented list of what newer Keras versions add (so older
 * Keras 3 versions can load Neurite's file) or what describes Keras's process rather than the model.
 */
final class KerasConfigComparison {
    /** Keys Neurite leaves out, each explained in KerasConfigWriter's Javadoc and the README. */
    static final Set<String> LEFT_OUT = Set.of("quantization_config", "input_axes", "output_axes",
            "shared_object_id", "ragged", "optional", "renorm", "renorm_clipping", "renorm_momentum");
    /** Values that legitimately differ: the optimizer's (it is Neurite's test optimizer here) and the metrics'. */
    static final Set<String> NOT_COMPARED = Set.of("$.compile_config.optimizer", "$.compile_config.metrics");

    private KerasConfigComparison() {
    }

    static void assertSameFields(JsonNode keras, JsonNode ours) {
        assertSameFields(keras, ours, Set.of());
    }

    /** As {@link #assertSameFields(JsonNode, JsonNode)}, not comparing the values at {@code ignored} paths. */
    static void assertSameFields(JsonNode keras, JsonNode ours, Set<String> ignored) {
        compare(keras, ours, "$", ignored);
    }

    private static void compare(JsonNode keras, JsonNode ours, String path, Set<String> ignored) {
        if (NOT_COMPARED.contains(path) || ignored.contains(path)) {
            return;
        }
        if (keras.isObject()) {
            if (!ours.isObject()) {
                fail(path + ": Keras has an object, Neurite " + ours);
            }
            for (Iterator<String> it = keras.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!ours.has(field)) {
                    if (!LEFT_OUT.contains(field)) {
                        fail(path + "." + field + " is missing from Neurite's config (Keras: " + keras.get(field) + ")");
                    }
                    continue;
                }
                compare(keras.get(field), ours.get(field), path + "." + field, ignored);
            }
            for (Iterator<String> it = ours.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!keras.has(field)) {
                    fail(path + "." + field + " is written by Neurite but not by Keras");
                }
            }
        } else if (keras.isArray()) {
            assertEquals(keras.size(), ours.size(), path + " length");
            for (int i = 0; i < keras.size(); i++) {
                compare(keras.get(i), ours.get(i), path + "[" + i + "]", ignored);
            }
        } else if (keras.isNumber() && ours.isNumber()) {
            assertEquals(keras.asDouble(), ours.asDouble(), 0, path);
        } else {
            assertEquals(keras, ours, path);
        }
    }
}
