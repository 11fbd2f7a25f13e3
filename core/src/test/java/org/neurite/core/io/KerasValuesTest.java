package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.shade.jackson.databind.JsonNode;

/** The values inside Keras layer configs: names and activations, read or refused with the field named. */
class KerasValuesTest {
    private static JsonNode json(String text) {
        return Json.parse(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8), Path.of("m.keras"), "config.json");
    }

    private static String refused(Runnable read) {
        return assertThrows(IllegalArgumentException.class, read::run).getMessage();
    }

    @Test
    void aMissingNameIsRefusedSayingNothingWasGiven() {
        KerasValues v = new KerasValues(false, null);
        String missing = refused(() -> v.text(json("{'units': 2}"), "name"));
        assertEquals("name must be a non-blank string; received nothing", missing);
        String number = refused(() -> v.text(json("{'name': 3}"), "name"));
        assertEquals("name must be a non-blank string; received 3", number);
    }

    @Test
    void hardSigmoidIsRefusedFromKeras2WhoseFormulaDiffersAndReadFromKeras3() {
        JsonNode c = json("{'activation': 'hard_sigmoid'}");
        assertEquals("hard_sigmoid", new KerasValues(false, null).activation(c).name());
        String keras2 = refused(() -> new KerasValues(true, null).activation(c));
        assertTrue(keras2.contains("Keras 2's hard_sigmoid (0.2·z + 0.5)"), keras2);
        assertEquals("relu", new KerasValues(true, null).activation(json("{'activation': 'relu'}")).name());
    }

    @Test
    void siluIsKerassOtherNameForSwishButNoOtherAliasIsAccepted() {
        KerasValues v = new KerasValues(false, null);
        assertEquals("swish", v.activation(json("{'activation': 'silu'}")).name());
        assertEquals("linear", v.activation(json("{'activation': 'linear'}")).name());
        String none = refused(() -> v.activation(json("{'activation': 'none'}")));
        assertEquals("activation 'none' is not a plain Keras activation name", none);
    }
}
