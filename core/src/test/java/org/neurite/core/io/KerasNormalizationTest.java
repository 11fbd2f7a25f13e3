package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Sequential;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Normalization;

/** Keras's Normalization read and written: adapted (mean, variance, count variables) or given in the config. */
class KerasNormalizationTest {
    private static final Path FILE = Path.of("m.keras");
    private final KerasNormalization mapper = new KerasNormalization();

    @TempDir
    Path dir;

    private Normalization read(String json, int width) {
        JsonNode c = Json.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), FILE, "config.json");
        return (Normalization) mapper.read(c, new KerasValues(false, null), width);
    }

    @Test
    void anAdaptedLayerIsReadWithoutStatisticsWhichItsVariablesHold() {
        Normalization n = read("{'name': 'normalization', 'trainable': true, 'dtype': 'float32', 'axis': [-1], "
                + "'invert': true, 'mean': null, 'variance': null}", 8);
        assertNull(n.mean());
        assertTrue(n.invert());
        assertEquals("normalization", n.name());
        assertFalse(mapper.weightsInConfig(n));
        assertEquals(List.of("count"), mapper.counters());
    }

    @Test
    void givenStatisticsAreSpreadOverTheFeaturesAsKerasBroadcastsThem() {
        Normalization scalar = read("{'name': 'n', 'axis': -1, 'mean': 3.0, 'variance': [2.0]}", 4);
        assertArrayEquals(new double[] {3, 3, 3, 3}, scalar.mean());
        assertArrayEquals(new double[] {2, 2, 2, 2}, scalar.variance());
        assertTrue(mapper.weightsInConfig(scalar));
        Normalization list = read("{'name': 'n', 'axis': [1], 'mean': [1, 2], 'variance': [4, 9]}", 2);
        assertArrayEquals(new double[] {1, 2}, list.mean());
        assertArrayEquals(new double[] {4, 9}, list.variance());
    }

    @Test
    void settingsNeuriteCannotRepresentAreRefusedNamingTheField() {
        assertRefused("{'name': 'n', 'axis': null}", 3, "axis is null, one mean and variance for all features");
        assertRefused("{'name': 'n', 'axis': []}", 3, "axis is []");
        assertRefused("{'name': 'n', 'axis': [0]}", 3, "axis is [0]; Neurite normalizes over the features");
        assertRefused("{'name': 'n', 'mean': [1, 2, 3]}", 3, "mean is [1,2,3] but variance is absent");
        assertRefused("{'name': 'n', 'mean': [1, 2], 'variance': [1, 1]}", 3, "one number per feature (3 here)");
        assertRefused("{'name': 'n', 'mean': 1, 'variance': 1}", 0, "the input width is not declared");
        assertRefused("{'name': 'n', 'mean': [1], 'variance': [-1]}", 3, "finite variance >= 0");
        assertRefused("{'name': 'n', 'mean': [], 'variance': []}", 0, "the input width is not declared before");
        assertRefused("{'name': 'n', 'mean': [1, 'x'], 'variance': [1, 1]}", 2, "mean is [1,\"x\"]; Neurite reads");
        assertRefused("{'name': 'n', 'trainable': false}", 3, "trainable is false");
        assertRefused("{'name': 'n', 'epsilon': 0.1}", 3, "field 'epsilon'");
    }

    private void assertRefused(String json, int width, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(json, width));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aGivenMeanAndVarianceNeedNoVariablesAndNormalizeByTheFormula() {
        Sequential withNorm = new Sequential(new Normalization(), new Dense(2)).build(3, 5);
        Sequential dense = new Sequential(new Dense(2)).build(3, 5);
        Path a = dir.resolve("a.keras");
        Path b = dir.resolve("b.keras");
        withNorm.save(a);
        dense.save(b);
        ObjectNode config = (ObjectNode) Json.parse(Zips.entries(a).get("config.json"), a, "config.json");
        ObjectNode norm = (ObjectNode) config.at("/config/layers/1/config");
        norm.put("mean", 1.5);
        norm.putArray("variance").add(4.0);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("config.json", Json.write(config));
        entries.put("model.weights.h5", Zips.entries(b).get("model.weights.h5")); // layers/dense only
        Sequential loaded = Sequential.load(Zips.write(dir.resolve("given.keras"), Zips.zip(entries, false)));
        INDArray x = Nd4j.createFromArray(new float[][] {{1.5f, 3.5f, -0.5f}, {0, 1, 2}});
        INDArray expected = x.sub(1.5f).div(2f).mmul(dense.getWeights().get(0)).addRowVector(dense.getWeights().get(1));
        INDArray got = loaded.predict(x);
        assertTrue(expected.equalsWithEps(got, 1e-6), expected + " vs " + got);
        assertArrayEquals(new float[] {1.5f, 1.5f, 1.5f}, loaded.getWeights().get(0).toFloatVector());

        entries.put("model.weights.h5", Zips.entries(a).get("model.weights.h5")); // with normalization's 3 variables
        Path extra = Zips.write(dir.resolve("extra.keras"), Zips.zip(entries, false));
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(extra));
        assertTrue(e.getMessage().contains("holds 3 variables for layer 'normalization' (index 0, Normalization), "
                + "which needs none (its config gives its weights)"), e.getMessage());
    }

    /** Normalization adapted to three rows of two features, then Dense(1). */
    private static Sequential adapted() {
        INDArray data = Nd4j.createFromArray(new double[][] {{1, 10}, {3, 30}, {5, 20}});
        return new Sequential(new Normalization().adapt(data), new Dense(1)).build(2, 1);
    }

    @Test
    void theCountIsWrittenAsKerasKeepsItAndReadAsAnyIntegerButNothingElse() throws Exception {
        Sequential model = adapted();
        Path file = dir.resolve("m.keras");
        model.save(file);
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.entries(file));
        entries.remove("neurite.json");
        try (HdfFile h5 = HdfFile.fromBytes(entries.get("model.weights.h5"))) {
            assertEquals(0, ((Number) h5.getDatasetByPath("layers/normalization/vars/2").getData()).intValue());
            assertTrue(h5.getDatasetByPath("layers/normalization/vars/2").isScalar());
        }
        entries.put("model.weights.h5", weights(model, 3L)); // tf.keras counted the adapted rows
        Sequential counted = Sequential.load(Zips.write(dir.resolve("counted.keras"), Zips.zip(entries, false)));
        assertEquals(Fixtures.bits(model.getWeights()), Fixtures.bits(counted.getWeights()));
        entries.put("model.weights.h5", weights(model, 2.5f));
        Path fractional = Zips.write(dir.resolve("fractional.keras"), Zips.zip(entries, false));
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(fractional));
        assertTrue(e.getMessage().contains("layers/normalization/vars/2 must be layer 'normalization''s count, an "
                + "integer scalar >= 0; received [] [2.5]"), e.getMessage());
    }

    /** The model's weights in Keras's layout, with {@code count} as Normalization's third variable. */
    private byte[] weights(Sequential model, Object count) throws Exception {
        Path h5 = dir.resolve("w.h5");
        Files.deleteIfExists(h5);
        try (WritableHdfFile out = HdfFile.write(h5)) {
            WritableGroup layers = out.putGroup("layers");
            WritableGroup norm = layers.putGroup("normalization").putGroup("vars");
            norm.putDataset("0", KerasWeightsWriter.nested(model.getWeights().get(0)));
            norm.putDataset("1", KerasWeightsWriter.nested(model.getWeights().get(1)));
            norm.putDataset("2", count);
            WritableGroup dense = layers.putGroup("dense").putGroup("vars");
            dense.putDataset("0", KerasWeightsWriter.nested(model.getWeights().get(2)));
            dense.putDataset("1", KerasWeightsWriter.nested(model.getWeights().get(3)));
        }
        return Files.readAllBytes(h5);
    }

    @Test
    void aLegacyH5ListsTheCountAfterMeanAndVarianceInWeightNames() throws Exception {
        Sequential model = adapted();
        Path keras = dir.resolve("m.keras");
        model.save(keras);
        Path h5 = dir.resolve("m.h5");
        try (WritableHdfFile out = HdfFile.write(h5)) {
            out.putAttribute("keras_version", "3.5.0");
            out.putAttribute("model_config", new String(Zips.entries(keras).get("config.json"), StandardCharsets.UTF_8));
            WritableGroup weights = out.putGroup("model_weights");
            WritableGroup norm = weights.putGroup("normalization");
            norm.putAttribute("weight_names", new String[] {"sequential/normalization/mean",
                "sequential/normalization/variance", "sequential/normalization/count"});
            WritableGroup vars = norm.putGroup("sequential").putGroup("normalization");
            vars.putDataset("mean", KerasWeightsWriter.nested(model.getWeights().get(0)));
            vars.putDataset("variance", KerasWeightsWriter.nested(model.getWeights().get(1)));
            vars.putDataset("count", 3L);
            WritableGroup dense = weights.putGroup("dense");
            dense.putAttribute("weight_names", new String[] {"dense/kernel", "dense/bias"});
            WritableGroup dv = dense.putGroup("dense");
            dv.putDataset("kernel", KerasWeightsWriter.nested(model.getWeights().get(2)));
            dv.putDataset("bias", KerasWeightsWriter.nested(model.getWeights().get(3)));
        }
        Sequential loaded = Sequential.load(h5);
        assertEquals(Fixtures.bits(model.getWeights()), Fixtures.bits(loaded.getWeights()));
        INDArray x = Nd4j.createFromArray(new float[][] {{2, 15}, {-1, 40}});
        assertEquals(Fixtures.bits(List.of(model.predict(x))), Fixtures.bits(List.of(loaded.predict(x))));
    }

    @Test
    void theWrittenConfigIsKerassForAnAdaptedLayer() {
        ObjectNode c = mapper.write(new Normalization(new double[] {1}, new double[] {2}, true, "n"),
                new KerasValues(false, DataType.FLOAT));
        assertEquals("{\"trainable\":true,\"dtype\":{\"module\":\"keras\",\"class_name\":\"DTypePolicy\",\"config\":"
                + "{\"name\":\"float32\"},\"registered_name\":null},\"axis\":[-1],\"invert\":true,\"mean\":null,"
                + "\"variance\":null}", c.toString());
    }
}
