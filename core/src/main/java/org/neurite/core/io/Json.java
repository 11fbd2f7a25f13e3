package org.neurite.core.io;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.shade.jackson.core.JsonParser;
import org.nd4j.shade.jackson.core.JsonToken;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.nd4j.shade.jackson.databind.SerializationFeature;

/**
 * JSON through the Jackson that ND4J already ships (shaded as {@code org.nd4j.shade.jackson}), with limits
 * checked on the token stream before any tree is built: nesting depth, token count and the length of each
 * string or number (this Jackson predates its own {@code StreamReadConstraints}).
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final int MAX_DEPTH = 32;
    static final int MAX_TOKENS = 100_000;
    static final int MAX_TOKEN_CHARS = 10_000;

    private Json() {
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** Parses {@code bytes} as one JSON object within the limits. */
    static JsonNode parse(byte[] bytes, Path file, String entry) {
        try {
            check(bytes, file, entry);
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new ModelFileException(file, entry, "must hold a JSON object.");
            }
            return node;
        } catch (IOException e) {
            throw new ModelFileException(file, entry, "is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void check(byte[] bytes, Path file, String entry) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            int depth = 0;
            int tokens = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (++tokens > MAX_TOKENS) {
                    throw new ModelFileException(file, entry, "has more than " + MAX_TOKENS + " JSON tokens.");
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw new ModelFileException(file, entry, "nests JSON deeper than " + MAX_DEPTH + " levels.");
                    }
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token.isScalarValue() || token == JsonToken.FIELD_NAME) {
                    if (parser.getTextLength() > MAX_TOKEN_CHARS) {
                        throw new ModelFileException(file, entry, "has a JSON value or name longer than "
                                + MAX_TOKEN_CHARS + " characters.");
                    }
                }
            }
        }
    }
}
