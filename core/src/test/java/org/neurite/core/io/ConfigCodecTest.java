package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Sequential;

class ConfigCodecTest {
    @TempDir
    Path dir;
    Map<String, byte[]> entries;
    ObjectNode config;

    @BeforeEach
    void saveAValidModel() throws Exception {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(1));
        Path valid = dir.resolve("valid.zip");
        model.save(valid);
        entries = Zips.entries(valid);
        config = (ObjectNode) Json.MAPPER.readTree(entries.get("config.json"));
    }

    @Test
    void writesKerasLayerConfigs() {
        JsonNode layer = config.get("config").get("layers").get(0);
        assertEquals("Dense", layer.get("class_name").asText());
        JsonNode c = layer.get("config");
        assertEquals("hidden", c.get("name").asText());
        assertEquals(5, c.get("units").asInt());
        assertEquals("tanh", c.get("activation").asText());
        assertTrue(c.get("use_bias").asBoolean());
        assertEquals("glorot_uniform", c.get("kernel_initializer").asText());
        assertEquals("zeros", c.get("bias_initializer").asText());
        assertEquals("float32", config.get("config").get("dtype").asText());
        assertEquals(3, config.get("build_config").get("input_shape").get(1).asInt());
        assertEquals("tiny_adam", config.get("compile_config").get("optimizer").get("name").asText());
    }

    private ModelFileException loadFails(JsonNode changed) {
        entries.put("config.json", Json.write(changed));
        return loadFails(entries);
    }

    private ModelFileException loadFails(Map<String, byte[]> files) {
        Path file = Zips.write(dir.resolve("bad.zip"), Zips.zip(files, false));
        return assertThrows(ModelFileException.class, () -> Sequential.load(file));
    }

    private ObjectNode layerConfig(int index) {
        return (ObjectNode) config.get("config").get("layers").get(index).get("config");
    }

    @Test
    void weightsOfAnotherArchitectureAreReportedWithBothShapes() {
        layerConfig(0).put("units", 6);
        ModelFileException e = loadFails(config);
        assertEquals("weights.bin", e.entry());
        assertTrue(e.getMessage().contains("[3, 5]") && e.getMessage().contains("[3, 6]")
                && e.getMessage().contains("'hidden'"), e.getMessage());
    }

    @Test
    void hugeUnitsFailOnShapesWithoutAllocatingTheModel() {
        layerConfig(1).put("units", Integer.MAX_VALUE);
        ModelFileException e = loadFails(config);
        assertTrue(e.getMessage().contains("2147483647"), e.getMessage());
    }

    @Test
    void unknownLayerClassAndActivationAreNamedWithTheirPath() {
        ((ObjectNode) config.get("config").get("layers").get(1)).put("class_name", "Conv2D");
        assertTrue(loadFails(config).getMessage().contains("$.config.layers[1].class_name is \"Conv2D\""));
        ((ObjectNode) config.get("config").get("layers").get(1)).put("class_name", "Dense");
        layerConfig(2).put("activation", "swoosh");
        ModelFileException e = loadFails(config);
        assertTrue(e.getMessage().contains("$.config.layers[2].config.activation") && e.getMessage().contains(
                "swoosh"), e.getMessage());
    }

    @Test
    void missingOrMistypedFieldsAreNamed() {
        layerConfig(0).remove("units");
        assertTrue(loadFails(config).getMessage().contains("$.config.layers[0].config.units is missing"));
        layerConfig(0).put("units", "five");
        assertTrue(loadFails(config).getMessage().contains("units must be an integer"));
        layerConfig(0).put("units", 5);
        ((ObjectNode) config.get("training_state")).put("learning_rate_factor", -1);
        assertTrue(loadFails(config).getMessage().contains("learning_rate_factor must be > 0"));
    }

    @Test
    void unknownDataTypeIsNamed() {
        ((ObjectNode) config.get("config")).put("dtype", "float16");
        ModelFileException e = loadFails(config);
        assertTrue(e.getMessage().contains("$.config.dtype must be \"float32\" or \"float64\"; received "
                + "\"float16\""), e.getMessage());
    }

    @Test
    void otherFormatsAndVersionsAreRefused() {
        config.put("format_version", 2);
        assertTrue(loadFails(config).getMessage().contains("format_version is 2"));
        config.put("format", "keras");
        assertTrue(loadFails(config).getMessage().contains("not a Neurite Sequential model"));
    }

    @Test
    void lossThatCannotTrainTheOutputIsReportedAsAFileProblem() {
        ((ObjectNode) config.get("compile_config")).put("loss", "categorical_crossentropy");
        ModelFileException e = loadFails(config);
        assertEquals("config.json", e.entry());
        assertTrue(e.getMessage().contains("compile_config"), e.getMessage());
    }

    @Test
    void notJsonIsReported() {
        entries.put("config.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8));
        assertTrue(loadFails(entries).getMessage().contains("not valid JSON"));
    }

    @Test
    void duplicateLayerNamesAreRejected() {
        layerConfig(1).put("name", "hidden");
        assertTrue(loadFails(config).getMessage().contains("used by two layers"));
    }

    @Test
    void savedNamesBuildTheSameLayers() {
        Dense expected = new Dense(5, Activation.TANH).withName("hidden");
        assertEquals(expected, Sequential.load(Zips.write(dir.resolve("ok.zip"), Zips.zip(entries, false)))
                .layers().get(0));
    }

    @Test
    void aLearningRateFactorOfZeroAndAnInputWidthOfZeroAreRefusedButOneIsRead() {
        ((ObjectNode) config.get("training_state")).put("learning_rate_factor", 0);
        assertTrue(loadFails(config).getMessage().contains("learning_rate_factor must be > 0; received 0.0"));
        ((ObjectNode) config.get("training_state")).put("learning_rate_factor", 1);
        ((org.nd4j.shade.jackson.databind.node.ArrayNode) config.get("build_config").get("input_shape")).set(1,
                Json.MAPPER.getNodeFactory().numberNode(0));
        assertTrue(loadFails(config).getMessage().contains("$.build_config.input_shape must be [null, width >= 1]"));
    }

    @Test
    void aModelOfOneInputColumnRoundTrips() {
        Sequential one = new Sequential(new org.neurite.core.layers.Dense(2)).build(1);
        one.compile("gd", "mse");
        Path file = dir.resolve("one.zip");
        one.save(file);
        Sequential back = Sequential.load(file);
        assertEquals(1, back.inputWidth());
        assertEquals(one.getWeights(), back.getWeights());
    }

    @Test
    void aLayerWithoutBiasLoadsWithoutBias() {
        Sequential model = new Sequential(new Dense(2).withUseBias(false), new Dense(1)).build(3);
        model.compile("gd", "mse");
        Path file = dir.resolve("nobias.zip");
        model.save(file);
        Sequential back = Sequential.load(file);
        assertEquals(false, back.layers().get(0).useBias());
        assertEquals(true, back.layers().get(1).useBias());
    }

    @Test
    void aWrongValueIsShownUpTo80Characters() {
        String eighty = "x".repeat(78); // with its quotes, 80 characters
        layerConfig(0).put("units", eighty);
        String whole = loadFails(config).getMessage();
        assertTrue(whole.endsWith("received \"" + eighty + "\"."), whole);
        layerConfig(0).put("units", eighty + "y");
        String cut = loadFails(config).getMessage();
        assertTrue(cut.contains("received \"" + eighty + "y..."), cut);
    }

    @Test
    void aWeightsFileWithAnArrayTooFewOrOutOfPlaceNamesTheArray() {
        java.util.List<Tensor> weights = new java.util.ArrayList<>(TensorCodec.decode(entries.get("weights.bin"),
                Path.of("valid.zip"), "weights.bin"));
        Tensor last = weights.remove(weights.size() - 1);
        entries.put("weights.bin", TensorCodec.encode(weights));
        String missing = loadFails(entries).getMessage();
        assertTrue(missing.contains("holds " + weights.size() + " arrays but the architecture in config.json needs '"
                + last.name() + "' too."), missing);
        java.util.List<Tensor> swapped = new java.util.ArrayList<>(weights);
        swapped.add(0, last);
        entries.put("weights.bin", TensorCodec.encode(swapped));
        String first = loadFails(entries).getMessage();
        assertTrue(first.contains("array 0 is '" + last.name() + "'"), first);
    }

    @Test
    void theLargestEpochCountIsReadAndOneMoreIsRefused() throws Exception {
        ((ObjectNode) config.get("training_state")).put("epoch", Integer.MAX_VALUE);
        entries.put("config.json", Json.write(config));
        Path file = Zips.write(dir.resolve("late.zip"), Zips.zip(entries, false));
        assertEquals(Integer.MAX_VALUE, Sequential.load(file).epoch());
        ((ObjectNode) config.get("training_state")).put("epoch", (long) Integer.MAX_VALUE + 1);
        assertTrue(loadFails(config).getMessage().contains("epoch must be an integer in [0, 2147483647]"));
    }
}
