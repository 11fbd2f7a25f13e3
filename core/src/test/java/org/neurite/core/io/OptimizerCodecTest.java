package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.JsonNodeFactory;
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

    enum Mode { SLOW, FAST }

    /** A schedule with one component of every kind a saved optimizer may hold. */
    record EveryKind(float f, long l, int i, boolean b, String name, Mode mode, double[] ds, float[] fs, long[] ls,
                     int[] is, List<Double> list, double nan, double negInf, LearningRateSchedule inner)
            implements LearningRateSchedule {
        @Override
        public double at(long step) {
            return inner.at(step);
        }
    }

    private static EveryKind everyKind() {
        return new EveryKind(0.25f, 1L << 40, -7, true, "warm", Mode.FAST, new double[] {0.5, -1e300},
                new float[] {1.5f}, new long[] {-(1L << 50), 3}, new int[] {4, -5}, List.of(0.125, 2.0), Double.NaN,
                Double.NEGATIVE_INFINITY, LearningRateSchedule.constant(0.01));
    }

    @Test
    void everyKindOfComponentRoundTripsWithItsExactValueAndJsonShape() {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(everyKind(), 0.9, 0.999, 1e-7));
        JsonNode c = node.get("config").get("learningRate");
        assertEquals(OptimizerCodecTest.EveryKind.class.getName(), c.get("class_name").asText());
        JsonNode k = c.get("config");
        assertEquals("{\"f\":0.25,\"l\":1099511627776,\"i\":-7,\"b\":true,\"name\":\"warm\",\"mode\":\"FAST\","
                + "\"ds\":[0.5,-1.0E300],\"fs\":[1.5],\"ls\":[-1125899906842624,3],\"is\":[4,-5],\"list\":[0.125,2.0],"
                + "\"nan\":\"NaN\",\"negInf\":\"-Infinity\",\"inner\":{\"class_name\":"
                + "\"org.neurite.core.LearningRateSchedule$Constant\",\"config\":{\"learningRate\":0.01}}}", k.toString());
        EveryKind back = (EveryKind) ((TinyAdam) roundTrip(node)).learningRate();
        EveryKind sent = everyKind();
        assertEquals(sent.f(), back.f());
        assertEquals(sent.l(), back.l());
        assertEquals(sent.i(), back.i());
        assertEquals(sent.b(), back.b());
        assertEquals(sent.name(), back.name());
        assertEquals(sent.mode(), back.mode());
        assertArrayEquals(sent.ds(), back.ds());
        assertArrayEquals(sent.fs(), back.fs());
        assertArrayEquals(sent.ls(), back.ls());
        assertArrayEquals(sent.is(), back.is());
        assertEquals(sent.list(), back.list());
        assertTrue(Double.isNaN(back.nan()));
        assertEquals(Double.NEGATIVE_INFINITY, back.negInf());
        assertEquals(sent.inner(), back.inner());
    }

    /** The message of loading {@code node} after setting component {@code name} of the schedule to {@code value}. */
    private String failsWith(String name, JsonNode value) {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(everyKind(), 0.9, 0.999, 1e-7));
        ((ObjectNode) node.get("config").get("learningRate").get("config")).set(name, value);
        return assertThrows(ModelFileException.class, () -> roundTrip(node)).getMessage();
    }

    @Test
    void eachKindOfComponentRejectsAValueOfAnotherKindNamingIt() {
        var json = org.nd4j.shade.jackson.databind.node.JsonNodeFactory.instance;
        String m = failsWith("i", json.numberNode(1L << 31));
        assertTrue(m.contains("i must be an integer in [-2147483648, 2147483647]; received 2147483648"), m);
        m = failsWith("l", json.numberNode(1.5));
        assertTrue(m.contains("l must be an integer in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]"), m);
        m = failsWith("f", json.textNode("fast"));
        assertTrue(m.contains("f must be a number; received \"fast\""), m);
        m = failsWith("b", json.numberNode(1));
        assertTrue(m.contains("b must be true or false; received 1"), m);
        m = failsWith("name", json.numberNode(1));
        assertTrue(m.contains("name must be a string; received 1"), m);
        m = failsWith("mode", json.textNode("MEDIUM"));
        assertTrue(m.contains("mode must be one of the constants of Mode; received \"MEDIUM\""), m);
        m = failsWith("ds", json.numberNode(1));
        assertTrue(m.contains("ds must be an array of at most 4096 values"), m);
        var tooMany = json.arrayNode();
        for (int i = 0; i <= OptimizerCodec.MAX_ELEMENTS; i++) {
            tooMany.add(i);
        }
        m = failsWith("is", tooMany);
        assertTrue(m.contains("is must be an array of at most 4096 values"), m);
        m = failsWith("list", json.arrayNode().add("x"));
        assertTrue(m.contains("list must be a number; received \"x\""), m);
        m = failsWith("inner", json.numberNode(1));
        assertTrue(m.contains("inner must be {\"class_name\": ..., \"config\": {...}}; received 1"), m);
        m = failsWith("inner", json.objectNode().put("class_name", 5));
        assertTrue(m.contains("inner must be {\"class_name\""), m);
    }

    record Deep(LearningRateSchedule inner) implements LearningRateSchedule {
        @Override
        public double at(long step) {
            return inner.at(step);
        }
    }

    @Test
    void recordsNestedBeyondTheLimitAreNotSaved() {
        // The optimizer is level 0 and each Deep one more, so the constant sits at level MAX_NESTING.
        LearningRateSchedule s = LearningRateSchedule.constant(0.1);
        for (int i = 1; i < OptimizerCodec.MAX_NESTING; i++) {
            s = new Deep(s);
        }
        ObjectNode fits = OptimizerCodec.encode(new TinyAdam(s, 0.9, 0.999, 1e-7));
        assertTrue(fits.get("config").isObject(), fits.toString());
        assertEquals(new TinyAdam(s, 0.9, 0.999, 1e-7), roundTrip(fits));
        ObjectNode deeper = OptimizerCodec.encode(new TinyAdam(new Deep(s), 0.9, 0.999, 1e-7));
        assertTrue(deeper.get("config").isNull(), deeper.toString());
        assertEquals("records nest deeper than 6", deeper.get("not_restorable").asText());
    }

    @Test
    void aFileNestingRecordsDeeperThanTheLimitIsRefusedOnLoad() {
        LearningRateSchedule s = LearningRateSchedule.constant(0.1);
        for (int i = 1; i < OptimizerCodec.MAX_NESTING; i++) {
            s = new Deep(s);
        }
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(s, 0.9, 0.999, 1e-7));
        ObjectNode config = (ObjectNode) node.get("config");
        ObjectNode deeper = JsonNodeFactory.instance.objectNode();
        deeper.put("class_name", Deep.class.getName());
        deeper.putObject("config").set("inner", config.get("learningRate"));
        config.set("learningRate", deeper);
        ModelFileException e = assertThrows(ModelFileException.class, () -> roundTrip(node));
        assertTrue(e.getMessage().contains("$.optimizer.config: the file nests records deeper than 6"), e.getMessage());
    }

    @Test
    void aConfigWithoutTheReasonItWasNotSavedSaysSo() {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(0.1));
        node.putNull("config");
        String none = assertThrows(ModelFileException.class, () -> roundTrip(node)).getMessage();
        assertTrue(none.contains("could not be saved in a re-creatable form (no config)"), none);
        node.put("not_restorable", "it holds a lambda");
        String why = assertThrows(ModelFileException.class, () -> roundTrip(node)).getMessage();
        assertTrue(why.contains("could not be saved in a re-creatable form (it holds a lambda)"), why);
    }

    @Test
    void aNullComponentIsNotSavedAndTheReasonNamesIt() {
        EveryKind k = everyKind();
        EveryKind withNull = new EveryKind(k.f(), k.l(), k.i(), k.b(), null, k.mode(), k.ds(), k.fs(), k.ls(), k.is(),
                k.list(), k.nan(), k.negInf(), k.inner());
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(withNull, 0.9, 0.999, 1e-7));
        assertTrue(node.get("config").isNull(), node.toString());
        assertEquals("component name holds null, which cannot be saved", node.get("not_restorable").asText());
    }

    @Test
    void aRecordThatIsNotPublicInAnotherPackageIsSavedAndReCreated() {
        LearningRateSchedule hidden = org.neurite.core.io.elsewhere.HiddenSchedule.halving(0.5);
        TinyAdam adam = new TinyAdam(hidden, 0.9, 0.999, 1e-7);
        ObjectNode node = OptimizerCodec.encode(adam);
        assertTrue(node.get("config").isObject(), node.toString());
        assertEquals(adam, roundTrip(node));
    }

    @Test
    void nestedRecordsAreFoundThroughTheDeclaredTypesClassLoaderNotTheThreadsContextLoader() {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(new Deep(LearningRateSchedule.constant(0.1)), 0.9,
                0.999, 1e-7));
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        ClassLoader blind = new ClassLoader(context) { // as a container's loader that cannot see the model's classes
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(Deep.class.getName())) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        try {
            thread.setContextClassLoader(blind);
            assertEquals(new TinyAdam(new Deep(LearningRateSchedule.constant(0.1)), 0.9, 0.999, 1e-7), roundTrip(node));
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /** The schedule decoded after setting its component {@code name} to {@code value}. */
    private EveryKind loadsWith(String name, JsonNode value) {
        ObjectNode node = OptimizerCodec.encode(new TinyAdam(everyKind(), 0.9, 0.999, 1e-7));
        ((ObjectNode) node.get("config").get("learningRate").get("config")).set(name, value);
        return (EveryKind) ((TinyAdam) roundTrip(node)).learningRate();
    }

    @Test
    void valuesAtTheEdgesOfTheirRangesAndListsOfTheMostElementsLoad() {
        var json = org.nd4j.shade.jackson.databind.node.JsonNodeFactory.instance;
        assertEquals(Integer.MAX_VALUE, loadsWith("i", json.numberNode(Integer.MAX_VALUE)).i());
        assertEquals(Integer.MIN_VALUE, loadsWith("i", json.numberNode(Integer.MIN_VALUE)).i());
        String below = failsWith("i", json.numberNode((long) Integer.MIN_VALUE - 1));
        assertTrue(below.contains("i must be an integer in [-2147483648, 2147483647]; received -2147483649"), below);
        var most = json.arrayNode();
        for (int i = 0; i < OptimizerCodec.MAX_ELEMENTS; i++) {
            most.add(i * 0.5);
        }
        List<Double> list = loadsWith("list", most).list();
        assertEquals(OptimizerCodec.MAX_ELEMENTS, list.size());
        assertEquals(0.5 * (OptimizerCodec.MAX_ELEMENTS - 1), list.get(OptimizerCodec.MAX_ELEMENTS - 1));
        most.add(1.0);
        String tooMany = failsWith("list", most);
        assertTrue(tooMany.contains("list must be an array of at most 4096 values"), tooMany);
    }
}
