package org.neurite.core.io;

import java.nio.file.Path;
import org.nd4j.shade.jackson.databind.JsonNode;

/** Typed, checked access to the fields of a parsed JSON entry; every error names the file, entry and path. */
final class Fields {
    private final Path file;
    private final String entry;

    Fields(Path file, String entry) {
        this.file = file;
        this.entry = entry;
    }

    JsonNode node(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw fail(path + "." + field + " is missing.");
        }
        return node;
    }

    JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = node(parent, field, path);
        if (!node.isObject()) {
            throw fail(path + "." + field + " must be a JSON object; received " + shown(node) + ".");
        }
        return node;
    }

    JsonNode array(JsonNode parent, String field, String path) {
        JsonNode node = node(parent, field, path);
        if (!node.isArray()) {
            throw fail(path + "." + field + " must be a JSON array; received " + shown(node) + ".");
        }
        return node;
    }

    String text(JsonNode parent, String field, String path) {
        JsonNode node = node(parent, field, path);
        if (!node.isTextual()) {
            throw fail(path + "." + field + " must be a string; received " + shown(node) + ".");
        }
        return node.asText();
    }

    boolean bool(JsonNode parent, String field, String path) {
        JsonNode node = node(parent, field, path);
        if (!node.isBoolean()) {
            throw fail(path + "." + field + " must be true or false; received " + shown(node) + ".");
        }
        return node.asBoolean();
    }

    long integer(JsonNode parent, String field, String path, long min, long max) {
        JsonNode node = node(parent, field, path);
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw fail(path + "." + field + " must be an integer in [" + min + ", " + max + "]; received "
                    + shown(node) + ".");
        }
        return node.asLong();
    }

    double number(JsonNode parent, String field, String path) {
        JsonNode node = node(parent, field, path);
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw fail(path + "." + field + " must be a finite number; received " + shown(node) + ".");
        }
        return node.asDouble();
    }

    ModelFileException fail(String detail) {
        return new ModelFileException(file, entry, detail);
    }

    ModelFileException fail(String detail, Throwable cause) {
        return new ModelFileException(file, entry, detail, cause);
    }

    static String shown(JsonNode node) {
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
