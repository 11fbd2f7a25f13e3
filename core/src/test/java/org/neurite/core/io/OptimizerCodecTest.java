package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;

class OptimizerCodecTest {
    private final Fields fields = new Fields(Path.of("m.zip"), "config.json");

    private Optimizer<?> roundTrip(JsonNode node) {
        return OptimizerCodec.decode(node, fields, "$.optimizer", null);
    }

    @Test
    void recordOptimizerWithANestedScheduleRoundTrips() {
        TinyAdam adam = new TinyAdam(LearningRateSchedule.constant(0.0125), 0.8, 0.99, 1e-5);
        ObjectNode node = OptimizerCodec.encode(adam);
        assertEquals("org.neurite.core.LearningRateSchedule$Constant",
                node.get("config").get("learningRate").get("class_name").asText());
        assertEquals(adam, roundTrip(node));
    }

    @Test
    void hyperparametersAreRevalidatedByTheOptimizer() {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(0.1));
        ((ObjectNode) node.get("config")).put("beta1", 1.5);
        ModelFileException e = assertThrows(ModelFileException.class, () -> roundTrip(node));
        assertTrue(e.getMessage().contains("beta1 must be in [0, 1); received 1.5"), e.getMessage());
    }

    @Test
    void nestedClassMustBeARecordOfTheDeclaredType() {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(0.1));
        ObjectNode schedule = (ObjectNode) node.get("config").get("learningRate");
        schedule.put("class_name", "java.lang.ProcessBuilder");
        assertTrue(assertThrows(ModelFileException.class, () -> roundTrip(node)).getMessage()
                .contains("is not a record implementing org.neurite.core.LearningRateSchedule"));
        schedule.put("class_name", "no.such.Clazz");
        assertTrue(assertThrows(ModelFileException.class, () -> roundTrip(node)).getMessage()
                .contains("not on the class path"));
    }

    @Test
    void topLevelClassMustBeTheOneTheProviderRegistered() {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(0.1));
        node.put("class_name", "org.neurite.core.GradientDescent");
        ModelFileException e = assertThrows(ModelFileException.class, () -> roundTrip(node));
        assertTrue(e.getMessage().contains("no optimizer provider") && e.getMessage().contains("tiny_adam"),
                e.getMessage());
    }

    @Test
    void missingAndExtraComponentsAreNamed() {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(0.1));
        ((ObjectNode) node.get("config")).remove("epsilon");
        assertTrue(assertThrows(ModelFileException.class, () -> roundTrip(node)).getMessage()
                .contains("has 4 components; the file gives 3"));
        ((ObjectNode) node.get("config")).put("eps", 1e-7);
        assertTrue(assertThrows(ModelFileException.class, () -> roundTrip(node)).getMessage()
                .contains("epsilon is missing"));
    }

    @Test
    void nonRecordOptimizerIsSavedWithTheReasonAndNoConfig() {
        ObjectNode node = OptimizerCodec.encode(new ModelFileTest.Opaque());
        assertTrue(node.get("config").isNull());
        assertTrue(node.get("not_restorable").asText().contains("is not a record"));
    }
}
