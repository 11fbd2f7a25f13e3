package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static String fails(String json) {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> Json.parse(json.getBytes(StandardCharsets.UTF_8), Path.of("m.zip"), "config.json"));
        assertEquals("config.json", e.entry());
        return e.getMessage();
    }

    @Test
    void deepNestingIsRejectedBeforeBuildingATree() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertTrue(fails(deep).contains("deeper than 32"));
    }

    @Test
    void hugeNumbersAndStringsAreRejected() {
        assertTrue(fails("{\"a\": " + "9".repeat(50_000) + "}").contains("longer than"));
        assertTrue(fails("{\"a\": \"" + "x".repeat(50_000) + "\"}").contains("longer than"));
    }

    @Test
    void nonObjectsAndGarbageAreRejected() {
        assertTrue(fails("[1, 2]").contains("must hold a JSON object"));
        assertTrue(fails("\u0000\u0001").contains("not valid JSON"));
    }

    @Test
    void validObjectParses() {
        assertEquals(3, Json.parse("{\"a\": [1, {\"b\": 3}]}".getBytes(StandardCharsets.UTF_8), Path.of("m"), "c")
                .get("a").get(1).get("b").asInt());
    }

    private static org.nd4j.shade.jackson.databind.JsonNode parses(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), Path.of("m.zip"), "config.json");
    }

    @Test
    void eachLimitIsReachedExactlyAndPassedByOne() {
        // Depth: the outer object is level 1, so 31 arrays inside reach 32.
        parses("{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}");
        assertTrue(fails("{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}").contains("deeper than 32 levels"));
        // Tokens: {, "a", [, n values, ], } are n + 5.
        int values = Json.MAX_TOKENS - 5;
        String full = "{\"a\":[" + "0,".repeat(values - 1) + "0]}";
        assertEquals(values, parses(full).get("a").size());
        assertTrue(fails("{\"a\":[" + "0,".repeat(values) + "0]}").contains("more than 100000 JSON tokens"));
        // Characters of one value or name.
        assertEquals(10_000, parses("{\"a\": \"" + "x".repeat(Json.MAX_TOKEN_CHARS) + "\"}").get("a").asText().length());
        assertTrue(fails("{\"a\": \"" + "x".repeat(Json.MAX_TOKEN_CHARS + 1) + "\"}").contains("longer than 10000"));
        assertTrue(fails("{\"" + "k".repeat(Json.MAX_TOKEN_CHARS + 1) + "\": 1}").contains("longer than 10000"));
    }

    @Test
    void closingBracketsLowerTheDepthAgain() {
        // 40 sibling arrays, each one level deep: never deeper than 2.
        assertEquals(40, parses("{\"a\":[" + "[],".repeat(39) + "[]]}").get("a").size());
    }
}
