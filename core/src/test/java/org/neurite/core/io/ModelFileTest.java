package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.core.Sequential;

class ModelFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    void loadedModelPredictsBitIdentically(DataType type) {
        Sequential model = Fixtures.compiled(type);
        model.fit(Fixtures.x(type), Fixtures.y(type), Fixtures.options(5));
        Path file = dir.resolve("m.zip");
        model.save(file);
        Sequential loaded = Sequential.load(file);
        assertEquals(type, loaded.dataType());
        assertEquals(Fixtures.bits(List.of(model.predict(Fixtures.x(type)))),
                Fixtures.bits(List.of(loaded.predict(Fixtures.x(type)))));
        assertEquals(Fixtures.bits(model.getWeights()), Fixtures.bits(loaded.getWeights()));
    }

    @Test
    void resumedTrainingGivesTheWeightsOfUninterruptedTrainingBitForBit() {
        DataType type = DataType.FLOAT;
        Sequential straight = Fixtures.compiled(type);
        straight.fit(Fixtures.x(type), Fixtures.y(type), Fixtures.options(6));

        Sequential first = Fixtures.compiled(type);
        first.setLearningRateFactor(1.0);
        first.fit(Fixtures.x(type), Fixtures.y(type), Fixtures.options(3));
        Path file = dir.resolve("half.zip");
        first.save(file);
        Sequential resumed = Sequential.load(file);
        assertEquals(3, resumed.epoch());
        assertEquals(first.step(), resumed.step());
        resumed.fit(Fixtures.x(type), Fixtures.y(type), Fixtures.options(6).withInitialEpoch(resumed.epoch()));

        assertEquals(straight.step(), resumed.step());
        assertEquals(Fixtures.bits(straight.getWeights()), Fixtures.bits(resumed.getWeights()));
        assertEquals(Fixtures.bits(List.copyOf(new java.util.TreeMap<>(straight.optimizerState().slots()).values())),
                Fixtures.bits(List.copyOf(new java.util.TreeMap<>(resumed.optimizerState().slots()).values())));
    }

    @Test
    void resumingWithoutTheOptimizerStateWouldDiverge() {
        // The control for the test above: dropping the moments (recompiling) changes the weights, so the
        // bitwise equality there depends on the state actually being restored.
        DataType type = DataType.FLOAT;
        Sequential straight = Fixtures.compiled(type);
        straight.fit(Fixtures.x(type), Fixtures.y(type), Fixtures.options(6));
        Sequential first = Fixtures.compiled(type);
        first.fit(Fixtures.x(type), Fixtures.y(type), Fixtures.options(3));
        Path file = dir.resolve("half.zip");
        first.save(file);
        Sequential reset = Sequential.load(file);
        reset.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY, Metric.MSE);
        reset.fit(Fixtures.x(type), Fixtures.y(type), Fixtures.options(6).withInitialEpoch(3));
        assertNotEquals(Fixtures.bits(straight.getWeights()), Fixtures.bits(reset.getWeights()));
    }

    @Test
    void restoresArchitectureCompileSettingsAndCounters() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(2));
        model.setLearningRateFactor(0.125);
        Path file = dir.resolve("m.zip");
        model.save(file);
        Sequential loaded = Sequential.load(file);
        assertEquals(model.layerNames(), loaded.layerNames());
        List<org.neurite.core.layers.Layer> named = new java.util.ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            // Saved names are explicit; the original's unnamed layers compare equal once named the same.
            named.add(((org.neurite.core.layers.Dense) model.layers().get(i)).withName(model.layerNames().get(i)));
        }
        assertEquals(named, loaded.layers());
        assertEquals(model.optimizer(), loaded.optimizer());
        assertEquals("binary_crossentropy", loaded.loss().name());
        assertEquals(List.of("accuracy", "mse"), loaded.metrics().stream().map(Metric::name).toList());
        assertEquals(model.step(), loaded.step());
        assertEquals(2, loaded.epoch());
        assertEquals(0.125, loaded.learningRateFactor());
        assertEquals(3, loaded.inputWidth());
    }

    @Test
    void configuredAndWeightedMetricsComeBackWithTheirSettingsAndNames() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY, Metric.of("acc"),
                Metric.of("precision(threshold=0.3)"),
                Metric.auc(), Metric.weighted(Metric.of("acc")), Metric.weighted(Metric.of("auc(curve=pr)")));
        Path file = dir.resolve("metrics.zip");
        model.save(file);
        Sequential loaded = Sequential.load(file);
        assertEquals(model.metrics(), loaded.metrics());
        assertEquals(List.of("acc", "precision", "auc", "weighted_acc", "weighted_auc"),
                loaded.metrics().stream().map(Metric::name).toList());
    }

    @Test
    void uncompiledModelLoadsUncompiled() {
        Sequential model = Fixtures.model(DataType.DOUBLE);
        Path file = dir.resolve("plain.zip");
        model.save(file);
        Sequential loaded = Sequential.load(file);
        assertFalse(loaded.isCompiled());
        assertEquals(Fixtures.bits(model.getWeights()), Fixtures.bits(loaded.getWeights()));
    }

    @Test
    void compiledButUntrainedModelHasNoStateUntilItsFirstStep() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        Path file = dir.resolve("m.zip");
        model.save(file);
        Sequential loaded = Sequential.load(file);
        assertTrue(loaded.isCompiled());
        assertNull(loaded.optimizerState());
        assertEquals(0, loaded.step());
    }

    /** An optimizer that is not a record: its configuration cannot be saved. */
    static final class Opaque implements Optimizer<OptimizerState> {
        @Override
        public String name() {
            return "opaque";
        }

        @Override
        public LearningRateSchedule learningRate() {
            return LearningRateSchedule.constant(0.1);
        }

        @Override
        public OptimizerState init(Parameters parameters) {
            return Map::of;
        }

        @Override
        public void update(Parameters parameters, OptimizerState state, long step, double learningRate) {
        }
    }

    @Test
    void optimizerThatCannotBeSavedMustBeGivenAtLoad() {
        Sequential model = Fixtures.model(DataType.FLOAT);
        model.compile(new Opaque(), Loss.BINARY_CROSSENTROPY);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(1));
        Path file = dir.resolve("opaque.zip");
        model.save(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(file));
        assertTrue(e.getMessage().contains("opaque") && e.getMessage().contains("Sequential.load(path, optimizer)")
                && e.getMessage().contains("config.json"), e.getMessage());
        Sequential loaded = Sequential.load(file, new Opaque());
        assertEquals(model.step(), loaded.step());
        ModelFileException wrong = assertThrows(ModelFileException.class,
                () -> Sequential.load(file, new TinyAdam(0.1)));
        assertTrue(wrong.getMessage().contains("'opaque'") && wrong.getMessage().contains("'tiny_adam'"),
                wrong.getMessage());
    }

    @Test
    void savingOverAnExistingFileReplacesIt() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        Path file = dir.resolve("m.zip");
        model.save(file);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(1));
        model.save(file);
        assertEquals(model.step(), Sequential.load(file).step());
        assertEquals(1, dir.toFile().list().length, "no temporary file is left behind");
    }

    @Test
    void optimizerStateOfTheWrongShapeIsNamedBySlot() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(1));
        Path file = dir.resolve("m.zip");
        model.save(file);
        Map<String, byte[]> entries = Zips.entries(file);
        int count = model.parameters().count();
        entries.put("optimizer.bin", TensorCodec.encode(List.of(
                new Tensor("m", DataType.FLOAT, new long[] {count + 1}, new double[count + 1]),
                new Tensor("v", DataType.FLOAT, new long[] {count}, new double[count]))));
        Path bad = Zips.write(dir.resolve("bad.zip"), Zips.zip(entries, false));
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(bad));
        assertEquals("optimizer.bin", e.entry());
        assertTrue(e.getMessage().contains("slot 'm' is [" + (count + 1) + "]") && e.getMessage().contains(
                "needs [" + count + "]"), e.getMessage());
        entries.put("optimizer.bin", TensorCodec.encode(List.of(
                new Tensor("velocity", DataType.FLOAT, new long[] {count}, new double[count]))));
        Path renamed = Zips.write(dir.resolve("bad2.zip"), Zips.zip(entries, false));
        assertTrue(assertThrows(ModelFileException.class, () -> Sequential.load(renamed)).getMessage()
                .contains("holds state slots [velocity] but tiny_adam has [m, v]"));
    }

    @Test
    void savedFileIsReadableByOthersLikeAnOrdinaryFile() throws java.io.IOException {
        Path file = dir.resolve("m.zip");
        Fixtures.model(DataType.FLOAT).save(file);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingFileIsNamedInTheError() {
        Path file = dir.resolve("absent.zip");
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aFileWhoseWeightsHoldNanIsRefusedNamingTheArrayAndIndex() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(1));
        model.parameters().values().putScalar(1, Float.NaN);
        Path file = dir.resolve("nan.zip");
        model.save(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> Sequential.load(file));
        assertTrue(e.getMessage().contains("weights.bin") && e.getMessage().contains("holds NaN at index [0, 1]")
                && e.getMessage().contains("array 0"), e.getMessage());
    }
}
