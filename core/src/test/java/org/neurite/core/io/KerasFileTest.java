package org.neurite.core.io;

import org.neurite.core.layers.Dense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Activation;
import org.neurite.core.Sequential;

/** Reading Keras files: the real fixtures, the layout variants Keras versions wrote, and hostile zips. */
class KerasFileTest {
    @TempDir
    Path dir;

    private static final Path XOR = KerasFixtures.file("written-by-keras/xor_2-4-1_adam.keras");

    @ParameterizedTest
    @ValueSource(strings = {"written-by-keras/xor_2-4-1_adam.keras", "written-by-keras/xor_2-4-1_adam.h5",
            "written-by-keras/xor_2-4-1_uncompiled.keras"})
    void supportedFixturesPredictWithinTheReadmeTolerance(String name) {
        Sequential model = Sequential.load(KerasFixtures.file(name));
        String base = name.substring(0, name.lastIndexOf('.'));
        KerasFixtures.assertClose(KerasFixtures.expected(base), model.predict(KerasFixtures.inputs(base)));
        assertEquals(DataType.FLOAT, model.dataType());
    }

    @Test
    void theLstmFixtureIsRefusedNamingTheLayerItsClassAndWhatIsSupported() {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> Sequential.load(KerasFixtures.file("lstm_keras2.3.0-tf_functional.h5")));
        assertTrue(e.getMessage().contains("UNSUPPORTED: layer LSTM (lstm"), e.getMessage());
        assertTrue(e.getMessage().contains("[InputLayer, Dense"), e.getMessage());
    }

    @Test
    void weightsAreFoundInTheLayoutsOfOlderKerasVersions() throws Exception {
        Sequential keras = Sequential.load(XOR);
        String[][] layouts = {{"_layer_checkpoint_dependencies/dense", "_layer_checkpoint_dependencies/dense_2"},
            {"layers\\dense", "layers\\dense_1"}};
        for (String[] groups : layouts) {
            Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(XOR));
            entries.put("model.weights.h5", weightsAt(keras, groups));
            Path file = Zips.write(dir.resolve("variant.keras"), Zips.zip(entries, false));
            Sequential loaded = Sequential.load(file);
            assertEquals(Fixtures.bits(keras.getWeights()), Fixtures.bits(loaded.getWeights()), groups[0]);
        }
    }

    /** A weights file with the two Dense layers' variables under the given group paths (jHDF's writer). */
    private Path weightsFile(Sequential model, String[] groups) throws Exception {
        Path h5 = dir.resolve("w.h5");
        Files.deleteIfExists(h5);
        try (WritableHdfFile out = HdfFile.write(h5)) {
            for (int l = 0; l < 2; l++) {
                WritableGroup g = out;
                for (String part : groups[l].split("/")) {
                    g = g.getChild(part) instanceof WritableGroup existing ? existing : g.putGroup(part);
                }
                WritableGroup vars = g.putGroup("vars");
                vars.putDataset("0", KerasWeightsWriter.nested(model.getWeights().get(2 * l)));
                vars.putDataset("1", KerasWeightsWriter.nested(model.getWeights().get(2 * l + 1)));
            }
        }
        return h5;
    }

    private byte[] weightsAt(Sequential model, String[] groups) throws Exception {
        return Files.readAllBytes(weightsFile(model, groups));
    }

    @Test
    void hostileZipsAreRefusedBeforeTheirContentIsTrusted() {
        Map<String, byte[]> good = Zips.entries(XOR);
        Map<String, byte[]> slip = new LinkedHashMap<>(good);
        slip.put("../../evil.json", new byte[1]);
        assertRefused(Zips.zip(slip, false), "escape the folder");
        assertRefused(Zips.zip(good, true), "must be stored uncompressed");
        Map<String, byte[]> bomb = new LinkedHashMap<>(good);
        bomb.put("config.json", new byte[ZipReader.MAX_JSON_BYTES + 1]);
        assertRefused(Zips.zip(bomb, false), "bytes");
        Map<String, byte[]> deep = new LinkedHashMap<>(good);
        deep.put("config.json", ("[".repeat(1000) + "]".repeat(1000)).getBytes());
        assertRefused(Zips.zip(deep, false), "deeper");
        Map<String, byte[]> missing = new LinkedHashMap<>(good);
        missing.remove("model.weights.h5");
        assertRefused(Zips.zip(missing, false), "is missing");
        Map<String, byte[]> wider = new LinkedHashMap<>(good);
        wider.put("config.json", Zips.patch(good.get("config.json"), "\"units\": 4", "\"units\": 5"));
        assertRefused(Zips.zip(wider, false), "needs kernel [2, 5]");
    }

    @Test
    void aWeightsOnlyH5IsRefusedSayingTheArchitectureIsMissing() throws Exception {
        Path h5 = weightsFile(Sequential.load(XOR), new String[] {"dense", "dense_1"});
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(h5));
        assertTrue(e.getMessage().contains("no model_config"), e.getMessage());
    }

    private void assertRefused(byte[] zip, String expected) {
        Path file = Zips.write(dir.resolve("hostile.keras"), zip);
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static final String KERAS22_CONFIG = "{\"class_name\": \"Sequential\", \"config\": "
            + "[{\"class_name\": \"Dense\", \"config\": "
            + "{\"name\": \"dense_1\", \"trainable\": true, \"batch_input_shape\": [null, 2], \"dtype\": "
            + "\"float32\", \"units\": 4, \"activation\": \"tanh\", \"use_bias\": true, \"kernel_initializer\": "
            + "{\"class_name\": \"VarianceScaling\", \"config\": {\"scale\": 1.0, \"mode\": \"fan_avg\", "
            + "\"distribution\": \"uniform\", \"seed\": null}}, \"bias_initializer\": {\"class_name\": \"Zeros\", "
            + "\"config\": {}}, \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": "
            + "null, \"kernel_constraint\": null, \"bias_constraint\": null}}, {\"class_name\": \"Dense\", "
            + "\"config\": {\"name\": \"dense_2\", \"units\": 1, \"activation\": \"sigmoid\"}}]}";

    /** A Keras 2.2.4 .h5 of {@code keras}'s weights (two Dense layers) whose model config is in {@code attributes}. */
    private static void keras22(Path h5, Sequential keras, Map<String, String> attributes) {
        try (WritableHdfFile out = HdfFile.write(h5)) {
            out.putAttribute("keras_version", "2.2.4");
            out.putAttribute("backend", "tensorflow");
            attributes.forEach(out::putAttribute);
            WritableGroup weights = out.putGroup("model_weights");
            weights.putAttribute("layer_names", new String[] {"dense_1", "dense_2"});
            for (int l = 0; l < 2; l++) {
                String name = "dense_" + (l + 1);
                WritableGroup layer = weights.putGroup(name);
                layer.putAttribute("weight_names", new String[] {name + "/kernel:0", name + "/bias:0"});
                WritableGroup inner = layer.putGroup(name);
                inner.putDataset("kernel:0", KerasWeightsWriter.nested(keras.getWeights().get(2 * l)));
                inner.putDataset("bias:0", KerasWeightsWriter.nested(keras.getWeights().get(2 * l + 1)));
            }
        }
    }

    @Test
    void aModelConfigSplitIntoNumberedAttributesIsJoined() throws Exception {
        Sequential keras = Sequential.load(XOR);
        Path h5 = dir.resolve("split.h5");
        int half = KERAS22_CONFIG.length() / 2;
        keras22(h5, keras, Map.of("model_config0", KERAS22_CONFIG.substring(0, half), "model_config1",
                KERAS22_CONFIG.substring(half)));
        Sequential loaded = Sequential.load(h5);
        assertEquals(List.of("dense_1", "dense_2"), loaded.layerNames());
        assertEquals(Fixtures.bits(keras.getWeights()), Fixtures.bits(loaded.getWeights()));
    }

    @Test
    void anAttributeMayBeSplitIntoAsManyPartsAsTheLimitAndNoMore() throws Exception {
        Path h5 = dir.resolve("parts.h5");
        try (WritableHdfFile out = HdfFile.write(h5)) {
            out.putAttribute("x0", "a");
            out.putAttribute("x1", "b");
            out.putAttribute("x2", "c");
        }
        try (Hdf5 file = Hdf5.open(Files.readAllBytes(h5), h5, null)) {
            assertEquals("abc", KerasFile.attribute(file, file.group("/"), "x", 3));
            ModelFileException e = assertThrows(ModelFileException.class,
                    () -> KerasFile.attribute(file, file.group("/"), "x", 2));
            assertTrue(e.getMessage().contains("/ splits the attribute x into more than 2 parts"), e.getMessage());
        }
    }

    @Test
    void aLegacyFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = Files.write(dir.resolve("ten.h5"), new byte[10]);
        assertEquals(10, KerasFile.legacyBytes(file, 10).length);
        ModelFileException e = assertThrows(ModelFileException.class, () -> KerasFile.legacyBytes(file, 9));
        assertTrue(e.getMessage().contains("has 10 bytes; Neurite reads Keras .h5 files of at most 9 bytes."),
                e.getMessage());
    }

    @Test
    void aKerasFileSavedByKeras2IsReadWithKeras2sMeaningOfHardSigmoid() {
        Path file = dir.resolve("hard.keras");
        new Sequential(new Dense(2, Activation.of("hard_sigmoid"))).build(3, 1).save(file);
        assertEquals("hard_sigmoid", Sequential.load(file).layers().get(0).activation().name());
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(file));
        entries.put("metadata.json", "{\"keras_version\": \"2.13.1\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused(Zips.zip(entries, false), "Keras 2's hard_sigmoid (0.2·z + 0.5)");
    }

    @Test
    void aConfigEditedAfterNeuriteSavedItsOwnDescriptionIsRefused() {
        Path file = dir.resolve("edited.keras");
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID)).build(3, 1);
        model.compile(new TinyAdam(0.05), org.neurite.core.Loss.BINARY_CROSSENTROPY);
        model.save(file);
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(file));
        entries.put("config.json", Zips.patch(entries.get("config.json"), "\"tanh\"", "\"relu\""));
        assertRefused(Zips.zip(entries, false), "; the file was edited. Remove neurite.json");
    }

    @Test
    void aKeras22H5WithoutInputLayerAndWithFixedLengthNamesLoads() throws Exception {
        Sequential keras = Sequential.load(XOR);
        Path h5 = dir.resolve("keras22.h5");
        keras22(h5, keras, Map.of("model_config", KERAS22_CONFIG));
        Sequential loaded = Sequential.load(h5);
        assertEquals(List.of("dense_1", "dense_2"), loaded.layerNames());
        assertEquals(Fixtures.bits(keras.getWeights()), Fixtures.bits(loaded.getWeights()));
        assertFalse(loaded.isCompiled());
    }

    @Test
    void batchNormalizationAndDropoutFromAKerasUsersFilePredictAsKerasDidWithItsAucMetric() {
        Sequential model = Sequential.load(KerasFixtures.file("rain_keras3.8.0_bn.keras"));
        assertEquals(List.of("Dense", "BatchNormalization", "Dense", "BatchNormalization", "Dense",
                "BatchNormalization", "Dropout", "Dense"), model.layers().stream().map(l -> l.className()).toList());
        assertTrue(model.metrics().stream().anyMatch(m -> m.name().equals("auc")), model.metrics().toString());
        KerasFixtures.assertClose(KerasFixtures.expected("rain_keras3.8.0_bn"),
                model.predict(KerasFixtures.inputs("rain_keras3.8.0_bn")));
    }

    @Test
    void everyLayerOfKerassAllLayersFileLoadsAndPredictsAsKerasDid() throws Exception {
        Path file = KerasFixtures.file("written-by-keras/all_layers_sgd.keras");
        ModelFileException sgd = assertThrows(ModelFileException.class, () -> Sequential.load(file));
        assertTrue(sgd.getMessage().contains("optimizer SGD has no Neurite equivalent"), sgd.getMessage());
        // Core's class path has no SGD (it lives in neurite-optimizers), so the compile config is removed here;
        // KerasOptimizerConfigsTest loads the whole file with its SGD state.
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(file));
        ObjectNode config = (ObjectNode) Json.parse(entries.get("config.json"), file, "config.json");
        config.remove("compile_config");
        entries.put("config.json", Json.write(config));
        Sequential model = Sequential.load(Zips.write(dir.resolve("all_layers.keras"), Zips.zip(entries, false)));
        assertEquals(List.of("Normalization", "GaussianNoise", "Dense", "BatchNormalization", "Dropout", "Dense",
                "LayerNormalization", "Activation", "Dense"), model.layers().stream().map(l -> l.className()).toList());
        KerasFixtures.assertClose(KerasFixtures.expected("written-by-keras/all_layers_sgd"),
                model.predict(KerasFixtures.inputs("written-by-keras/all_layers_sgd")));
        try (HdfFile h5 = HdfFile.fromBytes(entries.get("model.weights.h5"))) {
            float[] mean = (float[]) h5.getDatasetByPath("layers/normalization/vars/0").getDataFlat();
            float[] variance = (float[]) h5.getDatasetByPath("layers/normalization/vars/1").getDataFlat();
            assertEquals(java.util.Arrays.toString(mean), java.util.Arrays.toString(model.getWeights().get(0)
                    .toFloatVector()));
            assertEquals(java.util.Arrays.toString(variance), java.util.Arrays.toString(model.getWeights().get(1)
                    .toFloatVector()));
        }
    }
}
