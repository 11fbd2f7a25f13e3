package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.layers.Dense;

/** The fit loop: history, validation, callbacks, stopping, initial epoch and verbosity. */
class TrainerTest {
    private static final FitOptions QUIET = FitOptions.defaults().withVerbose(0);
    private static final Random RANDOM = new Random(17);
    private static final INDArray X = Fixtures.uniform(RANDOM, 10, 2, -1, 1);
    private static final INDArray Y = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, RANDOM, 10, 1, true);

    private static Sequential model() {
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .setDataType(DataType.DOUBLE);
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY, Metric.MSE);
        return model;
    }

    /** Records every callback in order. */
    private static final class Recorder implements Callback {
        final List<String> events = new ArrayList<>();

        @Override
        public void onTrainBegin(TrainingContext context) {
            events.add("trainBegin");
        }

        @Override
        public void onTrainEnd(TrainingContext context) {
            events.add("trainEnd");
        }

        @Override
        public void onEpochBegin(int epoch, TrainingContext context) {
            events.add("epochBegin " + epoch);
        }

        @Override
        public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
            events.add("epochEnd " + epoch + " " + logs.keySet());
        }

        @Override
        public void onBatchBegin(int batch, TrainingContext context) {
            events.add("batchBegin " + batch);
        }

        @Override
        public void onBatchEnd(int batch, double loss, TrainingContext context) {
            events.add("batchEnd " + batch);
        }
    }

    @Test
    void historyHoldsLossAndMetricsPerEpoch() {
        History h = model().fit(X, Y, QUIET.withEpochs(4).withBatchSize(4));
        assertEquals(List.of("loss", "accuracy", "mse"), List.copyOf(h.history().keySet()));
        assertEquals(List.of(0, 1, 2, 3), h.epochs());
        assertEquals(4, h.loss().size());
        assertTrue(h.get("accuracy").stream().allMatch(a -> a >= 0 && a <= 1));
    }

    @Test
    void theEpochLossIsTheRowWeightedMeanOfTheBatchLosses() {
        List<Double> batchLosses = new ArrayList<>();
        Callback collect = new Callback() {
            @Override
            public void onBatchEnd(int batch, double loss, TrainingContext context) {
                batchLosses.add(loss);
            }
        };
        // 10 rows in batches of 4: 4, 4 and 2 rows.
        History h = model().fit(X, Y, QUIET.withEpochs(1).withBatchSize(4).withCallbacks(collect));
        double expected = (4 * batchLosses.get(0) + 4 * batchLosses.get(1) + 2 * batchLosses.get(2)) / 10;
        assertEquals(expected, h.last("loss"), 1e-12);
    }

    @Test
    void validationSplitHoldsOutTheLastRowsAndLogsValMetrics() {
        Sequential model = model();
        History h = model.fit(X, Y, QUIET.withEpochs(3).withBatchSize(4).withValidationSplit(0.3));
        assertEquals(List.of("loss", "accuracy", "mse", "val_loss", "val_accuracy", "val_mse"),
                List.copyOf(h.history().keySet()));
        // 10 rows: ceil(10·0.7) = 7 train on 2 batches per epoch; the last 3 rows validate.
        assertEquals(6, model.step());
        INDArray valX = X.get(NDArrayIndex.interval(7, 10), NDArrayIndex.all());
        INDArray valY = Y.get(NDArrayIndex.interval(7, 10), NDArrayIndex.all());
        Map<String, Double> scores = model.evaluate(valX, valY);
        assertEquals(scores.get("loss"), h.last("val_loss"), 1e-12);
        assertEquals(scores.get("mse"), h.last("val_mse"), 1e-12);
    }

    @Test
    void validationDataIsScoredAfterEveryEpoch() {
        Sequential model = model();
        INDArray vx = Fixtures.uniform(new Random(2), 5, 2, -1, 1);
        INDArray vy = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, new Random(3), 5, 1, true);
        History h = model.fit(X, Y, QUIET.withEpochs(2).withBatchSize(5).withValidationData(new Dataset(vx, vy)));
        assertEquals(2, h.get("val_loss").size());
        assertEquals(4, model.step(), "all 10 training rows are used");
        assertEquals(model.evaluate(vx, vy).get("accuracy"), h.last("val_accuracy"), 1e-12);
    }

    @Test
    void callbacksAreCalledInKerasOrder() {
        Recorder r = new Recorder();
        model().fit(X, Y, QUIET.withEpochs(2).withBatchSize(6).withCallbacks(r));
        String logs = " [loss, accuracy, mse]";
        assertEquals(List.of("trainBegin",
                "epochBegin 0", "batchBegin 0", "batchEnd 0", "batchBegin 1", "batchEnd 1", "epochEnd 0" + logs,
                "epochBegin 1", "batchBegin 0", "batchEnd 0", "batchBegin 1", "batchEnd 1", "epochEnd 1" + logs,
                "trainEnd"), r.events);
    }

    @Test
    void aCallbackCanStopTrainingAfterTheCurrentBatch() {
        Sequential model = model();
        Recorder r = new Recorder();
        Callback stopper = new Callback() {
            @Override
            public void onBatchEnd(int batch, double loss, TrainingContext context) {
                if (context.history().size() == 1 && batch == 0) {
                    context.stopTraining();
                }
            }
        };
        History h = model.fit(X, Y, QUIET.withEpochs(10).withBatchSize(4).withCallbacks(stopper, r));
        assertEquals(3 + 1, model.step(), "one full epoch of 3 batches, then one batch");
        assertEquals(2, h.size());
        assertEquals("trainEnd", r.events.get(r.events.size() - 1));
        assertTrue(r.events.contains("batchEnd 0") && !r.events.subList(r.events.indexOf("epochBegin 1"),
                r.events.size()).contains("batchBegin 1"), r.events::toString);
    }

    @Test
    void aCallbackCanStopTrainingAtTheEndOfAnEpoch() {
        Sequential model = model();
        Callback stopper = new Callback() {
            @Override
            public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
                if (epoch == 1) {
                    context.stopTraining();
                }
            }
        };
        History h = model.fit(X, Y, QUIET.withEpochs(10).withBatchSize(5).withCallbacks(stopper));
        assertEquals(List.of(0, 1), h.epochs());
        assertEquals(4, model.step());
    }

    @Test
    void initialEpochResumesCountingAndTrainsOnlyTheRemainingEpochs() {
        Sequential model = model();
        Recorder r = new Recorder();
        History h = model.fit(X, Y, QUIET.withEpochs(5).withInitialEpoch(3).withBatchSize(10).withCallbacks(r));
        assertEquals(List.of(3, 4), h.epochs());
        assertEquals(2, model.step());
        assertTrue(r.events.contains("epochBegin 3") && !r.events.contains("epochBegin 2"));
        History none = model.fit(X, Y, QUIET.withEpochs(0));
        assertEquals(0, none.size());
        assertEquals(2, model.step());
    }

    private static String printed(int verbose) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            model().fit(X, Y, FitOptions.defaults().withVerbose(verbose).withEpochs(3).withBatchSize(4));
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void verboseZeroPrintsNothingAndOneAndTwoPrintEachEpoch() {
        assertEquals("", printed(0));
        String lines = printed(2);
        assertTrue(lines.contains("Epoch 1/3") && lines.contains("Epoch 3/3") && lines.contains("loss: "), lines);
        assertTrue(!lines.contains("[="), lines);
        String bars = printed(1);
        assertTrue(bars.contains("Epoch 2/3") && bars.contains("[="), bars);
    }

    @Test
    void shufflingChangesTheBatchesButNotTheDataSeen() {
        Sequential shuffled = model().build(2, 4);
        Sequential ordered = model().build(2, 4);
        shuffled.fit(X, Y, QUIET.withEpochs(1).withBatchSize(3).withSeed(4));
        ordered.fit(X, Y, QUIET.withEpochs(1).withBatchSize(3).withSeed(4).withShuffle(false));
        assertEquals(ordered.step(), shuffled.step());
        assertTrue(!java.util.Arrays.equals(Fixtures.weightBits(shuffled), Fixtures.weightBits(ordered)));
        // Full-batch training does not depend on the order of rows (up to summation order).
        Sequential a = model().build(2, 4);
        Sequential b = model().build(2, 4);
        a.fit(X, Y, QUIET.withEpochs(3).withBatchSize(10).withSeed(4));
        b.fit(X, Y, QUIET.withEpochs(3).withBatchSize(10).withShuffle(false));
        INDArray wa = a.getWeights().get(0);
        INDArray wb = b.getWeights().get(0);
        assertTrue(wa.equalsWithEps(wb, 1e-12), wa + " vs " + wb);
    }

    @Test
    void theFitLoopAllocatesNothingPerBatchOnceWarm() {
        Sequential model = new Sequential(new Dense(8, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.01), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        // Without the post-fit diagnosis, whose cost grows with the rows, not the steps.
        double perStep = warmBytesPerStep(model, new Random(8), false, QUIET);
        System.out.println("bytes per warm fit step: " + perStep);
        assertTrue(perStep < 16, "the fit loop allocated " + perStep + " bytes per batch");
    }

    @Test
    void theFitLoopThroughEveryLayerPenaltyAndConstraintAllocatesNothingPerBatchOnceWarm() {
        Sequential model = Fixtures.everyLayer(Fixtures.uniform(new Random(10), 50, 4, -3, 3), 8, 1,
                Activation.SIGMOID);
        model.compile(new GradientDescent(0.01), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        double perStep = warmBytesPerStep(model, new Random(11), false, QUIET);
        System.out.println("bytes per warm fit step through every layer: " + perStep);
        assertTrue(perStep < 16, "the fit loop through every layer allocated " + perStep + " bytes per batch");
    }

    @Test
    void aWeightedFitWithStatefulMetricsAllocatesNothingPerBatchOnceWarm() {
        Sequential model = new Sequential(new Dense(8, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.01), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY, Metric.precision(),
                Metric.recall(), Metric.auc(), Metric.of("f1_score(threshold=0.5)"), Metric.weighted(Metric.auc()),
                Metric.of("precision(thresholds=[0.3, 0.7], top_k=1)"), Metric.of("recall(top_k=1)"));
        double perStep = warmBytesPerStep(model, new Random(9), true,
                QUIET.withClassWeight(java.util.Map.of(0, 1.0, 1, 2.0)));
        System.out.println("bytes per warm weighted fit step: " + perStep);
        assertTrue(perStep < 16, "the weighted fit loop allocated " + perStep + " bytes per batch");
    }

    /**
     * Heap bytes, not time: fitting twice the rows in batches of one adds 20 × 500 steps; whatever the loop
     * allocates per step shows up in the difference (beyond a few bytes per row: shuffle slot, weights).
     */
    private static double warmBytesPerStep(Sequential model, Random random, boolean weighted, FitOptions base) {
        INDArray x1 = Fixtures.uniform(random, 500, 4, -1, 1).castTo(DataType.FLOAT);
        INDArray x2 = Fixtures.uniform(random, 1000, 4, -1, 1).castTo(DataType.FLOAT);
        INDArray y1 = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, random, 500, 1, true).castTo(DataType.FLOAT);
        INDArray y2 = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, random, 1000, 1, true).castTo(DataType.FLOAT);
        INDArray w1 = weighted ? Fixtures.uniform(random, 500, 1, 0, 2) : null;
        INDArray w2 = weighted ? Fixtures.uniform(random, 1000, 1, 0, 2) : null;
        FitOptions options = base.withEpochs(20).withBatchSize(1).withDiagnose(false);
        for (int i = 0; i < 3; i++) {
            fitBytes(model, x1, y1, w1, options);
            fitBytes(model, x2, y2, w2, options);
        }
        return (fitBytes(model, x2, y2, w2, options) - fitBytes(model, x1, y1, w1, options)) / (20.0 * 500);
    }

    private static long fitBytes(Sequential model, INDArray x, INDArray y, INDArray w, FitOptions options) {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = bean.getCurrentThreadAllocatedBytes();
        model.fit(x, y, w, options);
        return bean.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void statefulMetricsAccumulateOverAWholeEpochAndOverTheValidationRows() {
        // A rate of 1e-300 leaves the weights unchanged, so each epoch scores the same predictions.
        Random random = new Random(12);
        INDArray x = Fixtures.uniform(random, 50, 3, -2, 2);
        INDArray y = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, random, 50, 1, true);
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID)).setDataType(DataType.DOUBLE).build(3, 5);
        model.compile(new GradientDescent(1e-300), Loss.BINARY_CROSSENTROPY, Metric.precision(), Metric.recall(),
                Metric.auc());
        History h = model.fit(x, y, QUIET.withEpochs(2).withBatchSize(7).withValidationSplit(0.2));
        double[] p = model.predict(x).toDoubleVector();
        double[] labels = y.toDoubleVector();
        for (int[] range : new int[][] {{0, 40}, {40, 50}}) {
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (int i = range[0]; i < range[1]; i++) {
                boolean predicted = p[i] > 0.5;
                tp += predicted && labels[i] == 1 ? 1 : 0;
                fp += predicted && labels[i] == 0 ? 1 : 0;
                fn += !predicted && labels[i] == 1 ? 1 : 0;
            }
            String prefix = range[0] == 0 ? "" : "val_";
            assertTrue(tp > 0 && fp + fn > 0, "a case that tells precision and recall apart");
            assertEquals(List.of(tp / (tp + fp), tp / (tp + fp)), h.get(prefix + "precision"));
            assertEquals(List.of(tp / (tp + fn), tp / (tp + fn)), h.get(prefix + "recall"));
        }
        INDArray trainX = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 40),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray trainY = y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 40),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        // Streamed over 6 batches of 7 and fit's shuffling, the area equals that of one evaluation in batches of 32.
        assertEquals(model.evaluate(trainX, trainY).get("auc"), h.last("auc"), 1e-12);
    }

    @Test
    void aFailingStepEndsFitWithTheErrorAndWithoutOnTrainEndAsKeras() {
        Sequential model = new Sequential(new Dense(1)).setDataType(DataType.DOUBLE).build(1);
        model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        Recorder r = new Recorder();
        INDArray x = org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{1e200}, {1}});
        INDArray y = org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{0}, {0}});
        model.setWeights(List.of(org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{1e200}}),
                org.nd4j.linalg.factory.Nd4j.createFromArray(0.0)));
        long[] weights = Fixtures.weightBits(model);
        org.junit.jupiter.api.Assertions.assertThrows(NonFiniteGradientException.class,
                () -> model.fit(x, y, QUIET.withEpochs(2).withBatchSize(2).withCallbacks(r)));
        assertEquals(List.of("trainBegin", "epochBegin 0", "batchBegin 0"), r.events);
        org.junit.jupiter.api.Assertions.assertArrayEquals(weights, Fixtures.weightBits(model));
    }

    @Test
    void progressLinesUseADotAsDecimalSeparatorInEveryLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        try {
            String lines = printed(2);
            assertTrue(lines.matches("(?s).*loss: \\d+\\.\\d{4}.*"), lines);
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
