package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.neurite.core.layers.Layer;

/** Keras configs of the layers whose settings Neurite keeps under Keras's names, read field by field or refused. */
class KerasLayerConfigsTest {
    private static Layer batchNormalization(String fields) {
        JsonNode c = Json.parse(("{'name': 'bn', 'axis': -1, 'momentum': 0.99, 'epsilon': 0.001" + fields + "}")
                .replace('\'', '"').getBytes(StandardCharsets.UTF_8), Path.of("m.keras"), "config.json");
        return KerasLayers.forKerasClass("BatchNormalization").read(c, new KerasValues(false, null), 3);
    }

    private static String refused(String fields) {
        return assertThrows(IllegalArgumentException.class, () -> batchNormalization(fields)).getMessage();
    }

    @Test
    void anInitializerGivenByNameIsRead() {
        Layer bn = batchNormalization(", 'beta_initializer': 'ones', 'gamma_initializer': {'class_name': 'Zeros', "
                + "'config': {}}");
        assertEquals("ones", bn.config().get("beta_initializer"));
        assertEquals("zeros", bn.config().get("gamma_initializer"));
    }

    @Test
    void aFieldNeuriteDoesNotKnowIsRefusedNamingIt() {
        String e = refused(", 'beta_regularizer': null, 'renorm_momentum': 0.9, 'surprise': 1");
        assertTrue(e.startsWith("field 'surprise' is not understood by Neurite (it reads [adjustment, axis, "), e);
    }

    @Test
    void aFrozenLayerIsRefusedBecauseNeuriteTrainsEveryLayer() {
        String e = refused(", 'trainable': false");
        assertEquals("trainable is false; Neurite trains every layer (no frozen layers)", e);
        assertEquals("bn", batchNormalization(", 'trainable': true").name());
    }
}
