package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;
import org.neurite.core.layers.ActivationLayer;
import org.neurite.core.layers.BatchNormalization;
import org.neurite.core.layers.Dropout;
import org.neurite.core.layers.GaussianNoise;
import org.neurite.core.layers.LayerNormalization;
import org.neurite.core.layers.Normalization;
import org.neurite.core.constraints.MaxNorm;
import org.neurite.core.regularizers.L1L2;
import org.neurite.core.regularizers.L2;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;

class KerasFileWriterTest {
    @TempDir
    Path dir;

    private static Sequential model(DataType type) {
        Sequential model = new Sequential(new Dense(5, Activation.TANH).withName("hidden"),
                new Dense(4, Activation.RELU).withBiasInitializer(Initializer.constant(0.25)),
                new Dense(1, Activation.SIGMOID).withKernelInitializer(Initializer.HE_UNIFORM))
                .setDataType(type).build(3, 42);
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY, Metric.MSE);
        return model;
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    void aRoundTripThroughKerasIsBitIdenticalInWeightsPredictionsAndResumedTraining(DataType type) {
        INDArray x = Fixtures.x(type);
        INDArray y = Fixtures.y(type);
        Sequential straight = model(type);
        straight.fit(x, y, Fixtures.options(6));
        Sequential first = model(type);
        first.fit(x, y, Fixtures.options(3));
        Path file = dir.resolve("m.keras");
        first.save(file);
        Sequential loaded = Sequential.load(file);
        assertEquals(Fixtures.bits(first.getWeights()), Fixtures.bits(loaded.getWeights()));
        assertEquals(Fixtures.bits(List.of(first.predict(x))), Fixtures.bits(List.of(loaded.predict(x))));
        assertEquals(first.step(), loaded.step());
        assertEquals(first.epoch(), loaded.epoch());
        assertEquals(first.layerNames(), loaded.layerNames());
        for (int i = 0; i < first.layers().size(); i++) {
            assertEquals(first.layers().get(i).config(), loaded.layers().get(i).config());
        }
        loaded.fit(x, y, Fixtures.options(6).withInitialEpoch(loaded.epoch()));
        assertEquals(Fixtures.bits(straight.getWeights()), Fixtures.bits(loaded.getWeights()));
    }

    /** Every layer Neurite maps to Keras, with regularizers and a constraint, trained with state-keeping Adam. */
    private static Sequential everyLayer() {
        Sequential m = new Sequential(new Normalization().adapt(Fixtures.x(DataType.DOUBLE)), new GaussianNoise(0.1),
                new Dense(6, Activation.RELU).withKernelRegularizer(new L2(1e-3))
                        .withKernelConstraint(new MaxNorm(3.0, 0)), new BatchNormalization(), new Dropout(0.25),
                new Dense(6).withUseBias(false), new LayerNormalization(), new ActivationLayer(Activation.TANH),
                new Dense(1, Activation.SIGMOID).withBiasRegularizer(new L1L2(1e-4, 1e-4))).build(3, 11);
        m.compile(new TinyAdam(0.02), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return m;
    }

    @Test
    void aModelWithEveryLayerResumesBitIdenticallyThroughKeras() {
        INDArray x = Fixtures.x(DataType.FLOAT);
        INDArray y = Fixtures.y(DataType.FLOAT);
        Sequential straight = everyLayer();
        straight.fit(x, y, Fixtures.options(6));
        Sequential first = everyLayer();
        first.fit(x, y, Fixtures.options(3));
        Path file = dir.resolve("every.keras");
        first.save(file);
        Sequential loaded = Sequential.load(file);
        assertEquals(first.layerNames(), loaded.layerNames());
        for (int i = 0; i < first.layers().size(); i++) {
            assertEquals(first.layers().get(i).config(), loaded.layers().get(i).config(), first.layerNames().get(i));
        }
        assertEquals(Fixtures.bits(first.getWeights()), Fixtures.bits(loaded.getWeights()));
        assertEquals(Fixtures.bits(List.of(first.predict(x))), Fixtures.bits(List.of(loaded.predict(x))));
        loaded.fit(x, y, Fixtures.options(6).withInitialEpoch(loaded.epoch()));
        assertEquals(Fixtures.bits(straight.getWeights()), Fixtures.bits(loaded.getWeights()));
        assertEquals(Fixtures.bits(List.of(straight.predict(x))), Fixtures.bits(List.of(loaded.predict(x))));
        Map<String, byte[]> entries = Zips.entries(file);
        entries.remove("neurite.json");
        entries.remove("neurite-optimizer.bin");
        Sequential asKeras = Sequential.load(Zips.write(dir.resolve("plain.keras"), Zips.zip(entries, false)));
        assertEquals(Fixtures.bits(first.getWeights()), Fixtures.bits(asKeras.getWeights()));
        assertEquals(Fixtures.bits(List.of(first.optimizerState().slots().get("m"))),
                Fixtures.bits(List.of(asKeras.optimizerState().slots().get("m"))));
        assertEquals(first.step(), asKeras.step());
    }

    /** The architecture of Keras's all_layers_sgd.keras, with its layer names, as a Neurite model. */
    private static Sequential kerasAllLayers() {
        double[][] rows = new double[16][8];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 8; c++) {
                rows[r][c] = ((r * 7 + c * 3) % 11) * (c + 1) - 4.0;
            }
        }
        INDArray data = org.nd4j.linalg.factory.Nd4j.createFromArray(rows);
        Sequential m = new Sequential(new Normalization().adapt(data).withName("normalization"),
                new GaussianNoise(0.1).withName("gaussian_noise"), new Dense(16, Activation.RELU).withName("dense_4")
                        .withKernelRegularizer(new L2(1e-3)).withKernelConstraint(new MaxNorm(3.0, 0)),
                new BatchNormalization().withName("batch_normalization"), new Dropout(0.2).withName("dropout"),
                new Dense(16).withUseBias(false).withName("dense_5"),
                new LayerNormalization().withName("layer_normalization"),
                new ActivationLayer(Activation.RELU).withName("activation"),
                new Dense(3, Activation.SOFTMAX).withName("dense_6").withBiasRegularizer(new L1L2(1e-4, 1e-4)))
                .build(8, 3);
        m.compile(new TinyAdam(0.01), Loss.CATEGORICAL_CROSSENTROPY, Metric.ACCURACY);
        return m;
    }

    @Test
    void everyLayersConfigAndWeightLayoutMatchWhatKerasWroteForTheSameArchitecture() throws Exception {
        Path file = dir.resolve("all.keras");
        kerasAllLayers().save(file);
        Map<String, byte[]> ours = Zips.entries(file);
        Path kerasFile = KerasFixtures.file("written-by-keras/all_layers_sgd.keras");
        Map<String, byte[]> keras = Zips.entries(kerasFile);
        // Keras numbers its model and input names per Python session (sequential_2, input_layer_2), and an adapted
        // Normalization's build_config keeps the row count of the data adapt() saw (256).
        KerasConfigComparison.assertSameFields(Json.parse(keras.get("config.json"), kerasFile, "config.json"),
                Json.parse(ours.get("config.json"), file, "config.json"), java.util.Set.of("$.config.name",
                        "$.config.layers[0].config.name", "$.config.layers[1].build_config.input_shape[0]"));
        assertEquals(layerDatasets(keras.get("model.weights.h5")), layerDatasets(ours.get("model.weights.h5")));
    }

    /** Every dataset under {@code layers/}: path, shape, Java type, and its group's {@code name} attribute. */
    private static List<String> layerDatasets(byte[] weights) {
        List<String> out = new java.util.ArrayList<>();
        try (HdfFile h5 = HdfFile.fromBytes(weights)) {
            for (io.jhdf.api.Node layer : ((io.jhdf.api.Group) h5.getChild("layers")).getChildren().values()) {
                io.jhdf.api.Group vars = (io.jhdf.api.Group) ((io.jhdf.api.Group) layer).getChild("vars");
                for (io.jhdf.api.Node n : vars.getChildren().values()) {
                    Dataset d = (Dataset) n;
                    out.add(d.getPath() + " " + java.util.Arrays.toString(d.getDimensions()) + " "
                            + d.getJavaType().getSimpleName() + " " + vars.getAttribute("name").getData());
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void theWeightsFileReadsBackThroughTheHdf5LibraryInKerasLayout() throws Exception {
        Sequential model = model(DataType.FLOAT);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(2));
        Path file = dir.resolve("m.keras");
        model.save(file);
        Map<String, byte[]> entries = Zips.entries(file);
        assertEquals(List.of("metadata.json", "config.json", "model.weights.h5", "neurite.json",
                "neurite-optimizer.bin"), List.copyOf(entries.keySet()));
        List<INDArray> weights = model.getWeights();
        try (HdfFile h5 = HdfFile.fromBytes(entries.get("model.weights.h5"))) {
            String[] groups = {"layers/dense/vars", "layers/dense_1/vars", "layers/dense_2/vars"};
            for (int l = 0; l < 3; l++) {
                assertEquals(model.layerNames().get(l), h5.getByPath(groups[l]).getAttribute("name").getData());
                for (int k = 0; k < 2; k++) {
                    Dataset d = h5.getDatasetByPath(groups[l] + "/" + k);
                    INDArray expected = weights.get(2 * l + k);
                    assertEquals(float.class, d.getJavaType());
                    assertEquals(List.of(box(expected.shape())), List.of(box(d.getDimensionsAsLong())));
                    float[] values = (float[]) d.getDataFlat();
                    float[] flat = expected.dup('c').reshape(expected.length()).toFloatVector();
                    assertEquals(java.util.Arrays.toString(flat), java.util.Arrays.toString(values));
                }
            }
            assertEquals(model.step(), ((Number) h5.getDatasetByPath("optimizer/vars/0").getData()).longValue());
            assertEquals(0.05f, ((Number) h5.getDatasetByPath("optimizer/vars/1").getData()).floatValue());
            INDArray m = model.optimizerState().slots().get("m");
            float[] firstMomentum = (float[]) h5.getDatasetByPath("optimizer/vars/2").getDataFlat();
            assertEquals(15, firstMomentum.length);
            assertEquals(m.getFloat(14), firstMomentum[14]);
            float[] secondVelocity = (float[]) h5.getDatasetByPath("optimizer/vars/5").getDataFlat();
            assertEquals(model.optimizerState().slots().get("v").getFloat(15 + 4), secondVelocity[4]);
            assertEquals(2 + 2 * 6, h5.getByPath("optimizer/vars").isGroup()
                    ? ((io.jhdf.api.Group) h5.getByPath("optimizer/vars")).getChildren().size() : -1);
        }
        JsonNode metadata = Json.parse(entries.get("metadata.json"), file, "metadata.json");
        assertEquals(KerasFileWriter.KERAS_VERSION, metadata.get("keras_version").asText());
    }

    @Test
    void theConfigMatchesWhatKerasWroteForTheSameArchitectureFieldByField() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .build(2, 1);
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        Path file = dir.resolve("xor.keras");
        model.save(file);
        JsonNode ours = Json.parse(Zips.entries(file).get("config.json"), file, "config.json");
        Path kerasFile = KerasFixtures.file("written-by-keras/xor_2-4-1_adam.keras");
        JsonNode keras = Json.parse(Zips.entries(kerasFile).get("config.json"), kerasFile, "config.json");
        KerasConfigComparison.assertSameFields(keras, ours);
    }

    @Test
    void aRankZeroArrayIsWrittenAsAScalarOfItsOwnType() {
        assertEquals(2.5f, KerasWeightsWriter.nested(org.nd4j.linalg.factory.Nd4j.scalar(2.5f)));
        assertEquals(0.1, KerasWeightsWriter.nested(org.nd4j.linalg.factory.Nd4j.scalar(0.1)));
    }

    @Test
    void aModelWithoutAKerasFormIsRefusedAndNothingIsWritten() {
        Sequential model = new Sequential(new Dense(2, Activation.leakyRelu(0.1)), new Dense(1)).build(2, 1);
        Path file = dir.resolve("leaky.keras");
        ModelFileException e = assertThrows(ModelFileException.class, () -> model.save(file));
        assertTrue(e.getMessage().contains("leaky_relu(0.1)"), e.getMessage());
        assertFalse(Files.exists(file));
        ModelFileException h5 = assertThrows(ModelFileException.class, () -> model.save(dir.resolve("m.h5")));
        assertTrue(h5.getMessage().contains(".keras"), h5.getMessage());
    }

    @Test
    void anUncompiledModelIsWrittenWithoutCompileConfigAndLoadsUncompiled() {
        Sequential model = new Sequential(new Dense(3, Activation.SOFTMAX)).build(4, 3);
        Path file = dir.resolve("plain.keras");
        model.save(file);
        assertFalse(Json.parse(Zips.entries(file).get("config.json"), file, "c").has("compile_config"));
        Sequential loaded = Sequential.load(file);
        assertFalse(loaded.isCompiled());
        assertEquals(Fixtures.bits(model.getWeights()), Fixtures.bits(loaded.getWeights()));
    }

    private static Long[] box(long[] a) {
        Long[] out = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    @Test
    void everyInitializerWithItsArgumentsRoundTripsThroughAKerasFile() {
        List<Initializer> initializers = List.of(Initializer.constant(0.5), Initializer.randomUniform(-0.1, 0.2),
                Initializer.randomNormal(0.1, 0.3), Initializer.ZEROS, Initializer.ONES, Initializer.GLOROT_NORMAL,
                Initializer.HE_NORMAL, Initializer.LECUN_UNIFORM, Initializer.of("random_uniform"),
                Initializer.of("random_normal"));
        for (Initializer init : initializers) {
            Sequential model = new Sequential(new Dense(2).withKernelInitializer(init).withBiasInitializer(init))
                    .build(3, 1);
            model.compile(new TinyAdam(0.05), Loss.MEAN_SQUARED_ERROR);
            Path file = dir.resolve("init.keras");
            model.save(file);
            Dense back = (Dense) Sequential.load(file).layers().get(0);
            assertEquals(init.name(), back.kernelInitializer().name(), init::name);
            assertEquals(init.name(), back.biasInitializer().name(), init::name);
        }
    }

    @Test
    void aLossFromLogitsAndTheMetricsRoundTripThroughTheCompileConfig() {
        Sequential model = new Sequential(new Dense(3), new Dense(1)).build(2, 1);
        model.compile(new TinyAdam(0.05), Loss.of("binary_crossentropy_from_logits"), Metric.ACCURACY, Metric.MSE);
        Path file = dir.resolve("logits.keras");
        model.save(file);
        for (boolean keepNeuritesOwn : new boolean[] {true, false}) {
            Map<String, byte[]> entries = Zips.entries(file);
            if (!keepNeuritesOwn) { // as Keras reads it: only the compile config tells loss and metrics
                entries.remove("neurite.json");
                entries.remove("neurite-optimizer.bin");
            }
            Sequential back = Sequential.load(Zips.write(dir.resolve("copy.keras"), Zips.zip(entries, false)));
            assertEquals("binary_crossentropy_from_logits", back.loss().name());
            assertEquals(List.of("accuracy", "mse"), back.metrics().stream().map(Metric::name).toList());
        }
    }

    @Test
    void normalizationLayersAreWrittenWithKerassFieldsNeuriteHasNoSettingFor() throws Exception {
        Sequential model = new Sequential(new Dense(4), new BatchNormalization(), new LayerNormalization(),
                new Dense(1)).build(3, 1);
        model.compile(new TinyAdam(0.05), Loss.MEAN_SQUARED_ERROR);
        Path file = dir.resolve("fields.keras");
        model.save(file);
        org.nd4j.shade.jackson.databind.JsonNode layers = Json.MAPPER.readTree(Zips.entries(file).get("config.json"))
                .get("config").get("layers");
        org.nd4j.shade.jackson.databind.JsonNode batch = null;
        org.nd4j.shade.jackson.databind.JsonNode layer = null;
        for (org.nd4j.shade.jackson.databind.JsonNode l : layers) {
            String cls = l.get("class_name").asText();
            batch = cls.equals("BatchNormalization") ? l.get("config") : batch;
            layer = cls.equals("LayerNormalization") ? l.get("config") : layer;
        }
        assertEquals(false, batch.get("synchronized").asBoolean(true));
        for (String field : List.of("beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint")) {
            assertTrue(batch.has(field) && batch.get(field).isNull(), field);
            assertTrue(layer.has(field) && layer.get(field).isNull(), field);
        }
        assertFalse(batch.has("renorm"), "fields Keras 3 does not write are not invented");
        assertEquals("Zeros", batch.get("beta_initializer").get("class_name").asText());
        assertEquals("Ones", batch.get("gamma_initializer").get("class_name").asText());
    }
}
