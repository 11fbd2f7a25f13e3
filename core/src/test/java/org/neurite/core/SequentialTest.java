package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.layers.Dense;

class SequentialTest {
    private static final FitOptions QUIET = FitOptions.defaults().withVerbose(0);

    /** XOR features, kept here for other tests that use them (same as {@link Fixtures#xorX()}). */
    static INDArray xorX() {
        return Fixtures.xorX();
    }

    /** XOR labels (same as {@link Fixtures#xorY()}). */
    static INDArray xorY() {
        return Fixtures.xorY();
    }

    private static Sequential xorModel(DataType type) {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .setDataType(type);
        model.compile(new GradientDescent(1.0), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    @Test
    void twoFourOneTanhSigmoidModelLearnsXorWithGradientDescent() {
        for (long seed = 1; seed <= 10; seed++) {
            Sequential model = xorModel(DataType.FLOAT);
            History history = model.fit(Fixtures.xorX(), Fixtures.xorY(),
                    QUIET.withEpochs(2000).withBatchSize(4).withSeed(seed));
            Map<String, Double> scores = model.evaluate(Fixtures.xorX(), Fixtures.xorY());
            String where = "seed " + seed + ", predictions " + model.predict(Fixtures.xorX());
            assertEquals(1.0, scores.get("accuracy"), where);
            assertTrue(history.last("loss") < 0.1 * history.loss().get(0), where + ", losses " + history.loss());
        }
    }

    @Test
    void oneSigmoidUnitWithBiasLearnsIdentity() {
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(1.0), Loss.BINARY_CROSSENTROPY);
        INDArray x = Nd4j.createFromArray(new float[][] {{0}, {1}});
        model.fit(x, x, QUIET.withEpochs(1000).withBatchSize(2).withSeed(3));
        INDArray p = model.predict(x);
        assertTrue(p.getDouble(0, 0) < 0.1, p::toString);
        assertTrue(p.getDouble(1, 0) > 0.9, p::toString);
    }

    @Test
    void doubleModelsTrainPredictAndEvaluateEndToEnd() {
        Sequential model = xorModel(DataType.DOUBLE);
        model.fit(Fixtures.xorX(), Fixtures.xorY(), QUIET.withEpochs(2000).withBatchSize(4).withSeed(1));
        INDArray p = model.predict(Fixtures.xorX());
        assertEquals(DataType.DOUBLE, p.dataType());
        assertEquals(DataType.DOUBLE, model.getWeights().get(0).dataType());
        assertEquals(1.0, model.evaluate(Fixtures.xorX(), Fixtures.xorY()).get("accuracy"), p::toString);
        double loss = model.trainOnBatch(Fixtures.xorX().castTo(DataType.DOUBLE), Fixtures.xorY());
        assertTrue(loss > 0 && loss < 0.1, "loss " + loss);
    }

    @Test
    void theSameSeedGivesBitIdenticalWeightsLossesAndPredictions() {
        Random random = new Random(9);
        INDArray x = Fixtures.uniform(random, 50, 3, -1, 1).castTo(DataType.FLOAT);
        INDArray y = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, random, 50, 1, true);
        FitOptions options = QUIET.withEpochs(5).withBatchSize(8).withSeed(21);
        long[][] weights = new long[3][];
        long[][] losses = new long[3][];
        long[][] predictions = new long[3][];
        for (int run = 0; run < 3; run++) {
            Sequential model = new Sequential(new Dense(6, Activation.RELU), new Dense(1, Activation.SIGMOID));
            model.compile(new GradientDescent(0.3), Loss.BINARY_CROSSENTROPY);
            History h = model.fit(x, y, run == 2 ? options.withSeed(22) : options);
            weights[run] = Fixtures.weightBits(model);
            losses[run] = h.loss().stream().mapToLong(Double::doubleToRawLongBits).toArray();
            predictions[run] = Fixtures.bits(model.predict(x));
        }
        assertArrayEquals(weights[0], weights[1]);
        assertArrayEquals(losses[0], losses[1]);
        assertArrayEquals(predictions[0], predictions[1]);
        assertFalse(Arrays.equals(weights[0], weights[2]));
        assertFalse(Arrays.equals(losses[0], losses[2]));
        assertFalse(Arrays.equals(predictions[0], predictions[2]));
    }

    @Test
    void getWeightsReturnsCopiesInKerasOrderAndSetWeightsRoundTrips() {
        Sequential a = new Sequential(new Dense(4, Activation.TANH), new Dense(3)).build(2, 1);
        List<INDArray> weights = a.getWeights();
        assertEquals(List.of(List.of(2L, 4L), List.of(4L), List.of(4L, 3L), List.of(3L)),
                weights.stream().map(w -> Arrays.stream(w.shape()).boxed().toList()).toList());
        Sequential b = new Sequential(new Dense(4, Activation.TANH), new Dense(3)).build(2, 2);
        INDArray x = Fixtures.uniform(new Random(1), 5, 2, -1, 1).castTo(DataType.FLOAT);
        assertFalse(Arrays.equals(Fixtures.bits(a.predict(x)), Fixtures.bits(b.predict(x))));
        b.setWeights(weights);
        assertArrayEquals(Fixtures.weightBits(a), Fixtures.weightBits(b));
        assertArrayEquals(Fixtures.bits(a.predict(x)), Fixtures.bits(b.predict(x)));
        weights.get(0).putScalar(0, 0, 123f);
        assertNotEquals(123f, a.getWeights().get(0).getFloat(0, 0), "getWeights must return copies");
        // The kernel's layout is [in, out]: element (1, 2) of the kernel is what multiplies input 1 into unit 2.
        Sequential single = new Sequential(new Dense(3)).build(2);
        INDArray kernel = Nd4j.zeros(DataType.FLOAT, 2, 3);
        kernel.putScalar(1, 2, 1f);
        single.setWeights(List.of(kernel, Nd4j.zeros(DataType.FLOAT, 3)));
        INDArray out = single.predict(Nd4j.createFromArray(new float[][] {{0, 7}}));
        assertEquals(7, out.getFloat(0, 2));
        assertEquals(0, out.getFloat(0, 0));
    }

    @Test
    void setWeightsAcceptsAnotherDataTypeAndCastsIt() {
        Sequential model = new Sequential(new Dense(1)).setDataType(DataType.DOUBLE).build(1);
        model.setWeights(List.of(Nd4j.createFromArray(new float[][] {{0.5f}}), Nd4j.createFromArray(0.25f)));
        assertEquals(0.5 * 2 + 0.25, model.predict(Nd4j.createFromArray(new double[][] {{2}})).getDouble(0, 0));
    }

    @Test
    void countParamsAddsKernelsAndBiases() {
        assertEquals(2 * 4 + 4 + 4 + 1, new Sequential(new Dense(4), new Dense(1)).build(2).countParams());
        assertEquals(10 * 5 + 5 * 3 + 3,
                new Sequential(new Dense(5).withUseBias(false), new Dense(3)).build(10).countParams());
    }

    @Test
    void compilesByKerasNames() {
        Sequential model = new Sequential(new Dense(2, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile("gd", "binary_crossentropy", "accuracy", "mse");
        assertInstanceOf(GradientDescent.class, model.optimizer());
        assertEquals(0.1, model.currentLearningRate());
        assertSame(Loss.BINARY_CROSSENTROPY, model.loss());
        assertEquals(List.of("accuracy", "mse"), model.metrics().stream().map(Metric::name).toList());
        assertEquals(0.5, org.neurite.core.metrics.Metrics.binaryThreshold(model.metrics().get(0)));
        assertEquals(0, model.step());
    }

    @Test
    void compileKeepsTheWeightsAndResetsStepAndOptimizerState() {
        Sequential model = xorModel(DataType.FLOAT);
        model.fit(Fixtures.xorX(), Fixtures.xorY(), QUIET.withEpochs(3).withBatchSize(2));
        assertEquals(6, model.step());
        long[] weights = Fixtures.weightBits(model);
        model.compile(new GradientDescent(0.5), Loss.MEAN_SQUARED_ERROR);
        assertEquals(0, model.step());
        assertEquals(null, model.optimizerState());
        assertArrayEquals(weights, Fixtures.weightBits(model));
    }

    @Test
    void predictBuildsTheModelOnFirstUseAndHandlesMoreRowsThanOneChunk() {
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(2));
        assertFalse(model.isBuilt());
        INDArray x = Fixtures.uniform(new Random(5), 2500, 4, -1, 1).castTo(DataType.FLOAT);
        INDArray all = model.predict(x);
        assertTrue(model.isBuilt());
        assertEquals(4, model.inputWidth());
        assertArrayEquals(new long[] {2500, 2}, all.shape());
        for (int start : new int[] {0, 1023, 1024, 2047, 2499}) {
            INDArray row = x.get(NDArrayIndex.interval(start, start + 1), NDArrayIndex.all());
            INDArray fromAll = all.get(NDArrayIndex.interval(start, start + 1), NDArrayIndex.all());
            assertArrayEquals(Fixtures.bits(model.predict(row)), Fixtures.bits(fromAll), "row " + start);
        }
    }

    @Test
    void aNonFiniteGradientStopsTrainingBeforeTheUpdateNamingTheLayer() {
        Sequential model = new Sequential(new Dense(1)).setDataType(DataType.DOUBLE).build(1);
        model.setWeights(List.of(Nd4j.createFromArray(new double[][] {{1e200}}), Nd4j.createFromArray(0.0)));
        model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        long[] weights = Fixtures.weightBits(model);
        INDArray x = Nd4j.createFromArray(new double[][] {{1e200}});
        NonFiniteGradientException e = assertThrows(NonFiniteGradientException.class,
                () -> model.trainOnBatch(x, Nd4j.createFromArray(new double[][] {{0}})));
        assertEquals("dense", e.layer());
        assertEquals("dense/kernel", e.parameter());
        assertEquals(1, e.step());
        assertTrue(e.getMessage().contains("'dense'") && e.getMessage().contains("not applied"), e.getMessage());
        assertArrayEquals(weights, Fixtures.weightBits(model));
        assertEquals(0, model.step());
    }

    @Test
    void layersCannotBeAddedAfterBuildingAndTheTypeCannotChange() {
        Sequential model = new Sequential(new Dense(2)).build(3);
        Exception e = assertThrows(IllegalStateException.class, () -> model.add(new Dense(1)));
        assertTrue(e.getMessage().contains("already built for 3"), e.getMessage());
        assertEquals(1, model.layers().size());
        e = assertThrows(IllegalStateException.class, () -> model.setDataType(DataType.DOUBLE));
        assertTrue(e.getMessage().contains("FLOAT"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Sequential(new Dense(1)).setDataType(DataType.HALF));
        assertTrue(e.getMessage().contains("HALF"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Sequential(new Dense(1)).build(0));
        assertTrue(e.getMessage().contains("inputWidth=0"), e.getMessage());
    }

    @Test
    void addingALayerThatTheCompiledLossCannotTrainLeavesTheModelAsItWas() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(3, Activation.SOFTMAX));
        model.compile(new GradientDescent(0.1), Loss.CATEGORICAL_CROSSENTROPY);
        assertThrows(IllegalArgumentException.class, () -> model.add(new Dense(1, Activation.SIGMOID)));
        assertEquals(2, model.layers().size());
        assertEquals(List.of("dense", "dense_1"), model.layerNames());
    }

    @Test
    void predictAndFitReadStridedViewsAndFortranOrderedArraysByValue() {
        INDArray wide = Fixtures.uniform(new Random(12), 6, 3, -1, 1).castTo(DataType.FLOAT);
        INDArray columns = wide.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2));
        INDArray rows = wide.get(NDArrayIndex.interval(2, 6), NDArrayIndex.interval(1, 3));
        INDArray fortran = columns.dup('f');
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(1)).build(2, 3);
        long[] expected = Fixtures.bits(model.predict(columns.dup('c')));
        assertArrayEquals(expected, Fixtures.bits(model.predict(columns)));
        assertArrayEquals(expected, Fixtures.bits(model.predict(fortran)));
        assertArrayEquals(Fixtures.bits(model.predict(rows.dup('c'))), Fixtures.bits(model.predict(rows)));
        INDArray y = Fixtures.uniform(new Random(13), 6, 1, -1, 1).castTo(DataType.FLOAT);
        Sequential a = new Sequential(new Dense(3, Activation.TANH), new Dense(1)).build(2, 3);
        Sequential b = new Sequential(new Dense(3, Activation.TANH), new Dense(1)).build(2, 3);
        a.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        b.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        a.fit(columns, y.dup('f'), QUIET.withEpochs(3).withBatchSize(4));
        b.fit(columns.dup('c'), y, QUIET.withEpochs(3).withBatchSize(4));
        assertArrayEquals(Fixtures.weightBits(b), Fixtures.weightBits(a));
    }

    @Test
    void fitAcceptsADataset() {
        Sequential model = xorModel(DataType.FLOAT);
        History h = model.fit(new Dataset(Fixtures.xorX(), Fixtures.xorY()), QUIET.withEpochs(2).withBatchSize(2));
        assertEquals(2, h.size());
        assertEquals(4, model.step());
    }

    @Test
    void theLearningRateFactorScalesTheNextSteps() {
        Sequential model = new Sequential(new Dense(1)).setDataType(DataType.DOUBLE).build(1);
        model.setWeights(List.of(Nd4j.createFromArray(new double[][] {{0.5}}), Nd4j.createFromArray(0.0)));
        model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        model.setLearningRateFactor(0.5);
        assertEquals(0.05, model.currentLearningRate(), 1e-17);
        // dL/dw = 2·(0.5·2)·2 = 4 → w = 0.5 − 0.05·4 = 0.3.
        model.trainOnBatch(Nd4j.createFromArray(new double[][] {{2}}), Nd4j.createFromArray(new double[][] {{0}}));
        assertEquals(0.3, model.getWeights().get(0).getDouble(0, 0), 1e-15);
        Exception e = assertThrows(IllegalArgumentException.class, () -> model.setLearningRateFactor(0));
        assertTrue(e.getMessage().contains("received 0.0"), e.getMessage());
        assertEquals(0.5, model.learningRateFactor());
        model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        assertEquals(1, model.learningRateFactor(), "compile resets the factor");
    }

    @Test
    void fitWithEpochsAndBatchSizeTrainsAsTheSameFitOptionsDo() {
        Sequential shortForm = xorModel(DataType.FLOAT).build(2, 0);
        Sequential longForm = xorModel(DataType.FLOAT).build(2, 0);
        History history = shortForm.fit(Fixtures.xorX(), Fixtures.xorY(), 3, 2);
        longForm.fit(Fixtures.xorX(), Fixtures.xorY(), FitOptions.defaults().withEpochs(3).withBatchSize(2));
        assertEquals(3, history.size());
        assertArrayEquals(Fixtures.weightBits(longForm), Fixtures.weightBits(shortForm));
        assertEquals(6, shortForm.step());
    }

    @Test
    void fitWithValidationDataScoresItAfterTheEpoch() {
        Sequential model = xorModel(DataType.FLOAT);
        History history = model.fit(Fixtures.xorX(), Fixtures.xorY(), new Dataset(Fixtures.xorX(), Fixtures.xorY()));
        assertEquals(1, history.size());
        assertEquals(model.evaluate(Fixtures.xorX(), Fixtures.xorY()).get("loss"), history.last("val_loss"), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> model.fit(Fixtures.xorX(), Fixtures.xorY(), (Dataset) null));
    }

    @Test
    void predictOnJavaRowsGivesThePredictionsOfTheSameMatrix() {
        Sequential model = xorModel(DataType.FLOAT).build(2, 5);
        INDArray expected = model.predict(Fixtures.xorX());
        double[][] doubles = model.predict(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        float[][] floats = model.predict(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        for (int r = 0; r < 4; r++) {
            assertEquals(expected.getFloat(r, 0), (float) doubles[r][0]);
            assertEquals(expected.getFloat(r, 0), floats[r][0]);
        }
        assertEquals(1, floats[3].length);
    }

    @Test
    void predictOnRaggedOrEmptyJavaRowsNamesTheRow() {
        Sequential model = xorModel(DataType.FLOAT);
        String ragged = assertThrows(IllegalArgumentException.class,
                () -> model.predict(new double[][] {{0, 1}, {1}})).getMessage();
        assertTrue(ragged.contains("row 0 has 2 values but row 1 has 1"), ragged);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> model.predict(new float[0][]))
                .getMessage().contains("no rows"));
        assertFalse(model.isBuilt());
    }

    @Test
    void saveAndLoadTakeStringPathsAsKerasDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Sequential model = xorModel(DataType.FLOAT).build(2, 9);
        String file = dir.resolve("m.zip").toString();
        model.save(file);
        assertArrayEquals(Fixtures.weightBits(model), Fixtures.weightBits(Sequential.load(file)));
        String blank = assertThrows(IllegalArgumentException.class, () -> model.save(" ")).getMessage();
        assertTrue(blank.contains("save: path must be a file name") && blank.contains("\" \""), blank);
        assertThrows(IllegalArgumentException.class, () -> Sequential.load((String) null));
    }

    @Test
    void diagnoseAndSummaryWorkOnAModelWhoseLayersKeepTheirInputWidth() {
        Sequential model = new Sequential(new Dense(4, Activation.RELU), new org.neurite.core.layers.BatchNormalization(),
                new org.neurite.core.layers.Dropout(0.2), new Dense(1), new org.neurite.core.layers.ActivationLayer("sigmoid"));
        model.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        assertEquals(1, model.outputUnits());
        Diagnosis d = model.diagnose(Fixtures.xorX(), Fixtures.xorY());
        assertEquals(2, model.inputWidth());
        assertTrue(d.findings().stream().allMatch(f -> f.layerIndex() < 5), d.toString());
        assertTrue(model.summaryText().lines().anyMatch(l -> l.matches(
                " batch_normalization \\(BatchNormalization\\) +\\(None, 4\\) +16")), model.summaryText());
    }
}
