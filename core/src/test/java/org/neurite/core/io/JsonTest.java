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
}
