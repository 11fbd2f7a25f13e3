package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurite.core.io.KerasFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.neurite.core.Activation;
import org.neurite.core.Optimizer;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.core.io.ModelFileException;
import org.neurite.optimizers.schedules.ExponentialDecay;

/** Keras optimizer configs both ways, checked on the files Keras 3.15.1 wrote (shared/fixtures/keras). */
class KerasOptimizerConfigsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KerasOptimizerConfigs configs = new KerasOptimizerConfigs();

    @TempDir
    Path dir;

    @Test
    void kerasAdamWithItsStateLoadsAsAdamWithTheSameMomentsAndIteration() throws IOException {
        Path file = KerasFixtures.file("written-by-keras/xor_2-4-1_adam.keras");
        Sequential model = Sequential.load(file);
        Adam adam = (Adam) model.optimizer();
        assertEquals(0.05000000074505806, ((LearningRateSchedule.Constant) adam.learningRate()).learningRate());
        assertEquals(0.9, adam.beta1());
        assertEquals(1e-7, adam.epsilon());
        assertEquals(300, model.step());
        INDArray m = model.optimizerState().slots().get("m");
        INDArray v = model.optimizerState().slots().get("v");
        try (ZipFile zip = new ZipFile(file.toFile());
             HdfFile h5 = HdfFile.fromBytes(zip.getInputStream(zip.getEntry("model.weights.h5")).readAllBytes())) {
            float[] kernelMomentum = (float[]) h5.getDatasetByPath("optimizer/vars/2").getDataFlat();
            float[] biasVelocity = (float[]) h5.getDatasetByPath("optimizer/vars/5").getDataFlat();
            float[] outputBiasMomentum = (float[]) h5.getDatasetByPath("optimizer/vars/8").getDataFlat();
            assertEquals(kernelMomentum[7], m.getFloat(7));
            assertEquals(biasVelocity[3], v.getFloat(8 + 3));
            assertEquals(outputBiasMomentum[0], m.getFloat(16));
        }
        model.fit(Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}),
                Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}}),
                FitOptions.defaults().withEpochs(1).withBatchSize(4).withVerbose(0));
        assertEquals(301, model.step());
    }

    @Test
    void rmspropWithAnExponentialDecayScheduleLoadsWithItsVelocities() {
        Sequential model = Sequential.load(KerasFixtures.file("written-by-keras/regression_rmsprop_schedule.keras"));
        RmsProp rms = (RmsProp) model.optimizer();
        assertEquals(new ExponentialDecay(0.01, 100, 0.9, false), rms.learningRate());
        assertEquals(0.9, rms.rho());
        assertEquals(Loss.of("mse"), model.loss());
        assertEquals(List.of(Metric.MAE), model.metrics());
        assertEquals(40, model.step());
        assertTrue(model.optimizerState().slots().get("velocity").sumNumber().doubleValue() > 0);
        INDArray x = Nd4j.createFromArray(csv("written-by-keras/regression_rmsprop_schedule.inputs.csv"));
        double[][] expected = csv("written-by-keras/regression_rmsprop_schedule.expected.csv");
        INDArray got = model.predict(x.castTo(model.dataType()));
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r][0], got.getDouble(r, 0), 1e-5 * Math.max(1, Math.abs(expected[r][0])), "row " + r);
        }
    }

    private static double[][] csv(String name) {
        try {
            return Files.readAllLines(KerasFixtures.file(name)).stream().filter(l -> !l.isBlank() && !l.startsWith("x")
                    && !l.startsWith("y")).map(l -> java.util.Arrays.stream(l.split(","))
                    .mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aKerasUsersH5WithDropoutAndAStaircaseScheduleLoadsAndPredictsAsKerasDid() {
        Sequential model = Sequential.load(KerasFixtures.file("friction_keras3.5.0.h5"));
        assertEquals(new ExponentialDecay(0.001, 230, 0.95, true), ((Adam) model.optimizer()).learningRate());
        assertEquals(Loss.of("mse"), model.loss());
        INDArray x = Nd4j.createFromArray(csv("friction_keras3.5.0.inputs.csv")).castTo(model.dataType());
        double[][] expected = csv("friction_keras3.5.0.expected.csv");
        double columnMax = java.util.Arrays.stream(expected).mapToDouble(r -> Math.abs(r[0])).max().orElse(0);
        INDArray got = model.predict(x);
        for (int r = 0; r < expected.length; r++) {
            double tolerance = 1e-5 * Math.max(Math.abs(expected[r][0]), columnMax) + 1e-6;
            assertEquals(expected[r][0], got.getDouble(r, 0), tolerance, "row " + r);
        }
        assertEquals(12432, model.step()); // the .h5's optimizer_weights: Adam's iteration and moments
        try (HdfFile h5 = HdfFile.fromBytes(Files.readAllBytes(KerasFixtures.file("friction_keras3.5.0.h5")))) {
            float[] v = (float[]) h5.getDatasetByPath("optimizer_weights/adam/sequential_dense_4_bias_velocity")
                    .getDataFlat();
            INDArray velocities = model.optimizerState().slots().get("v");
            assertEquals(v[0], velocities.getFloat(velocities.length() - 1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void adamIsWrittenWithEveryFieldKerasWritesAndTheSameValues() throws IOException {
        assertWrittenAsKerasWrote(KerasFixtures.file("written-by-keras/xor_2-4-1_adam.keras"), new Adam(0.05));
    }

    @Test
    void keras2ConfigsAndSgdMomentumTranslate() {
        Map<String, Object> c = new HashMap<>(Map.of("name", "SGD", "learning_rate", 0.02, "decay", 0.0,
                "momentum", 0.9, "nesterov", true));
        Sgd sgd = (Sgd) configs.fromKeras("SGD", c);
        assertEquals(new Sgd(0.02, 0.9, true), sgd);
        assertEquals(List.of(List.of("momentum")), configs.kerasSlots(sgd));
        assertNull(configs.fromKeras("Lion", Map.of()));
    }

    @Test
    void settingsWithoutANeuriteEquivalentAreRefusedNotDropped() {
        IllegalArgumentException ema = assertThrows(IllegalArgumentException.class,
                () -> configs.fromKeras("Adam", Map.of("learning_rate", 0.001, "use_ema", true)));
        assertTrue(ema.getMessage().contains("use_ema"), ema.getMessage());
        IllegalArgumentException decay = assertThrows(IllegalArgumentException.class,
                () -> configs.fromKeras("SGD", Map.of("lr", 0.01, "decay", 1e-4)));
        assertTrue(decay.getMessage().contains("decay"), decay.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> configs.fromKeras("Adam", Map.of("learning_rate", 0.001, "foo", 1)));
        assertTrue(unknown.getMessage().contains("foo"), unknown.getMessage());
    }

    @Test
    void aModelTrainedWithSgdMomentumResumesBitIdenticallyThroughAKerasFile() {
        INDArray x = Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5f, 0.2f}});
        INDArray y = Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}, {1}});
        FitOptions options = FitOptions.defaults().withBatchSize(2).withSeed(3).withVerbose(0);
        Sequential straight = xor(new Sgd(0.1, 0.9, true));
        straight.fit(x, y, options.withEpochs(8));
        Sequential first = xor(new Sgd(0.1, 0.9, true));
        first.fit(x, y, options.withEpochs(4));
        Path file = dir.resolve("sgd.keras");
        first.save(file);
        Sequential resumed = Sequential.load(file);
        resumed.fit(x, y, options.withEpochs(8).withInitialEpoch(resumed.epoch()));
        assertEquals(straight.getWeights(), resumed.getWeights());
    }

    @Test
    void kerasSAllLayersModelLoadsWithItsNesterovMomentumAndPredictsAndTrainsOn() throws IOException {
        Path file = KerasFixtures.file("written-by-keras/all_layers_sgd.keras");
        Sequential model = Sequential.load(file);
        assertEquals(new Sgd(0.009999999776482582, 0.9, true), model.optimizer());
        assertEquals(Loss.CATEGORICAL_CROSSENTROPY, model.loss());
        assertEquals(24, model.step()); // 3 epochs of 256 rows in batches of 32
        KerasFixtures.assertClose(KerasFixtures.expected("written-by-keras/all_layers_sgd"),
                model.predict(KerasFixtures.inputs("written-by-keras/all_layers_sgd")));
        INDArray momentum = model.optimizerState().slots().get("momentum");
        try (ZipFile zip = new ZipFile(file.toFile());
             HdfFile h5 = HdfFile.fromBytes(zip.getInputStream(zip.getEntry("model.weights.h5")).readAllBytes())) {
            // trainable variables: dense_4 kernel [8, 16] and bias, BN gamma and beta, dense_5 kernel [16, 16], ...
            float[] kernel = (float[]) h5.getDatasetByPath("optimizer/vars/2").getDataFlat();
            float[] gamma = (float[]) h5.getDatasetByPath("optimizer/vars/4").getDataFlat();
            float[] outputBias = (float[]) h5.getDatasetByPath("optimizer/vars/10").getDataFlat();
            assertEquals(128 + 16 + 16 + 16 + 256 + 16 + 16 + 48 + 3, momentum.length());
            assertEquals(kernel[77], momentum.getFloat(77));
            assertEquals(gamma[5], momentum.getFloat(128 + 16 + 5));
            assertEquals(outputBias[2], momentum.getFloat(momentum.length() - 1));
        }
        INDArray x = KerasFixtures.inputs("written-by-keras/all_layers_sgd");
        INDArray y = Nd4j.eye(3).castTo(x.dataType()).repeat(0, 6).get(
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 16), org.nd4j.linalg.indexing.NDArrayIndex.all());
        model.fit(x, y, FitOptions.defaults().withEpochs(1).withBatchSize(16).withVerbose(0));
        assertEquals(25, model.step());
    }

    @Test
    void sgdIsWrittenWithEveryFieldKerasWritesAndTheSameValues() throws IOException {
        assertWrittenAsKerasWrote(KerasFixtures.file("written-by-keras/all_layers_sgd.keras"),
                new Sgd(0.01, 0.9, true));
    }

    private static Sequential xor(Sgd sgd) {
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID)).build(2, 9);
        model.compile(sgd, Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @SuppressWarnings("unchecked")
    private org.neurite.core.Optimizer<?> roundTrip(org.neurite.core.Optimizer<?> optimizer) {
        Map<String, Object> node = configs.toKeras(optimizer);
        assertEquals("keras.optimizers", node.get("module"));
        return configs.fromKeras((String) node.get("class_name"), (Map<String, Object>) node.get("config"));
    }

    @Test
    void everyOptimizerKerasKnowsRoundTripsThroughItsKerasConfigWithEverySetting() {
        LearningRateSchedule decay = new ExponentialDecay(0.1, 100, 0.5, true);
        List<org.neurite.core.Optimizer<?>> optimizers = List.of(
                new Adam(0.02).withBeta1(0.8).withAmsgrad(true).withClipNorm(2),
                new AdamW(0.01, 0.1).withBeta2(0.99).withEpsilon(1e-5).withAmsgrad(true).withGlobalClipNorm(3),
                new AdamW(0.01, 0.004),
                new Sgd(0.05, 0.9, true).withClipValue(0.5),
                new Sgd(decay, 0, false, UpdateOptions.defaults()),
                new RmsProp(0.01, 0.8, 0.5, 1e-6, true).withWeightDecay(0.01),
                new Adagrad(0.3, 0.2, 1e-6).withLearningRate(decay));
        for (org.neurite.core.Optimizer<?> optimizer : optimizers) {
            assertEquals(optimizer, roundTrip(optimizer));
        }
    }

    @Test
    void absentSettingsTakeKerassDefaults() {
        assertEquals(new Adam(0.01), configs.fromKeras("Adam", Map.of("learning_rate", 0.01)));
        assertEquals(new AdamW(0.01, 0.004), configs.fromKeras("AdamW", Map.of("learning_rate", 0.01)),
                "AdamW's weight decay defaults to 0.004");
        assertEquals(new AdamW(0.01, 0.1), configs.fromKeras("AdamW", Map.of("learning_rate", 0.01,
                "weight_decay", 0.1)));
        assertEquals(new RmsProp(0.01), configs.fromKeras("RMSprop", Map.of("learning_rate", 0.01)));
        assertEquals(new Adagrad(0.01), configs.fromKeras("Adagrad", Map.of("learning_rate", 0.01)));
    }

    @Test
    void theSlotsOfEachOptimizerAreNamedAsKerasNamesThem() {
        assertEquals(List.of(List.of("m", "v")), configs.kerasSlots(new Adam(0.01)));
        assertEquals(List.of(List.of("m", "v"), List.of("vhat")), configs.kerasSlots(new Adam(0.01).withAmsgrad(true)));
        assertEquals(List.of(List.of("m", "v")), configs.kerasSlots(new AdamW(0.01, 0.004)));
        assertEquals(List.of(List.of("m", "v"), List.of("vhat")),
                configs.kerasSlots(new AdamW(0.01, 0.004).withAmsgrad(true)));
        assertEquals(List.of(), configs.kerasSlots(new Sgd(0.01)));
        assertEquals(List.of(List.of("velocity")), configs.kerasSlots(new RmsProp(0.01)));
        assertEquals(List.of(List.of("velocity"), List.of("momentum"), List.of("average_gradient")),
                configs.kerasSlots(new RmsProp(0.01, 0.9, 0.5, 1e-7, true)));
        assertEquals(List.of(List.of("accumulator")), configs.kerasSlots(new Adagrad(0.01)));
        assertNull(configs.kerasSlots(new Nadam(0.01)), "Keras's Nadam keeps other state");
    }

    @Test
    void optimizersAndSchedulesKerasHasNoConfigForAreNotWritten() {
        assertNull(configs.toKeras(new Nadam(0.01)));
        assertNull(configs.toKeras(new Adam(0.01).withLearningRate(step -> 0.1 / step)));
    }

    @Test
    void lossScalingAndGradientAccumulationAreRefusedToo() {
        assertThrows(IllegalArgumentException.class,
                () -> configs.fromKeras("Adam", Map.of("learning_rate", 0.001, "loss_scale_factor", 128)));
        assertThrows(IllegalArgumentException.class,
                () -> configs.fromKeras("Adam", Map.of("learning_rate", 0.001, "gradient_accumulation_steps", 4)));
    }

    /** The optimizer's Keras config has the fields of the one Keras wrote into {@code file}, with the same values. */
    private void assertWrittenAsKerasWrote(Path file, Optimizer<?> optimizer) throws IOException {
        JsonNode keras;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            keras = JSON.readTree(zip.getInputStream(zip.getEntry("config.json"))).at("/compile_config/optimizer");
        }
        JsonNode ours = JSON.valueToTree(configs.toKeras(optimizer));
        assertEquals(fieldNames(keras), fieldNames(ours));
        assertEquals(fieldNames(keras.get("config")), fieldNames(ours.get("config")));
        keras.get("config").fieldNames().forEachRemaining(f -> {
            JsonNode k = keras.get("config").get(f);
            JsonNode o = ours.get("config").get(f);
            if (k.isNumber()) {
                assertEquals(k.asDouble(), o.asDouble(), 1e-9, f); // Keras rounds the rate to float32
            } else {
                assertEquals(k, o, f);
            }
        });
    }
}
