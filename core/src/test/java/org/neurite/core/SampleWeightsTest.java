package org.neurite.core;

import org.neurite.core.layers.Dense;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** sampleWeight and classWeight in fit and evaluate, against plain-Java sums of Keras's formula. */
class SampleWeightsTest {
    private static final FitOptions QUIET = FitOptions.defaults().withVerbose(0).withDiagnose(false);
    private static final Random RANDOM = new Random(3);
    private static final INDArray X = Fixtures.uniform(RANDOM, 10, 3, -2, 2);
    private static final INDArray Y = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, RANDOM, 10, 1, true);
    private static final double[] W = {1, 0, 2.5, 0.5, 3, 1, 0, 1.5, 2, 0.25};

    private static Sequential model(double rate) {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .setDataType(DataType.DOUBLE).build(3, 9);
        model.compile(new GradientDescent(rate), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY,
                Metric.weighted(Metric.ACCURACY));
        return model;
    }

    /** Σ wᵢ·bceᵢ / N and the weighted and unweighted accuracy, from predict. */
    private static double[] reference(Sequential model, INDArray x, INDArray y, double[] w) {
        double[] p = model.predict(x).toDoubleVector();
        double[] labels = y.toDoubleVector();
        double loss = 0;
        double hits = 0;
        double weightedHits = 0;
        double weights = 0;
        for (int i = 0; i < p.length; i++) {
            loss -= w[i] * (labels[i] * Math.log(p[i]) + (1 - labels[i]) * Math.log(1 - p[i]));
            double hit = (p[i] > 0.5 ? 1 : 0) == labels[i] ? 1 : 0;
            hits += hit;
            weightedHits += w[i] * hit;
            weights += w[i];
        }
        return new double[] {loss / p.length, hits / p.length, weightedHits / weights};
    }

    @Test
    void evaluateDividesTheWeightedLossByTheRowCountAndWeighsOnlyWeightedMetrics() {
        Sequential model = model(0.1);
        Map<String, Double> scores = model.evaluate(X, Y, Nd4j.createFromArray(W));
        double[] expected = reference(model, X, Y, W);
        assertEquals(expected[0], scores.get("loss"), 1e-12);
        assertEquals(expected[1], scores.get("accuracy"), 1e-12);
        assertEquals(expected[2], scores.get("weighted_accuracy"), 1e-12);
        assertEquals(List.of("loss", "accuracy", "weighted_accuracy"), List.copyOf(scores.keySet()));
    }

    @Test
    void fitLogsTheWeightedLossOfEachEpoch() {
        // A rate of 1e-300 leaves every weight unchanged, so the epoch's streamed values equal predict's.
        Sequential model = model(1e-300);
        double[] expected = reference(model, X, Y, W);
        History h = model.fit(X, Y, Nd4j.createFromArray(W), QUIET.withBatchSize(3));
        assertEquals(expected[0], h.last("loss"), 1e-12);
        assertEquals(expected[1], h.last("accuracy"), 1e-12);
        assertEquals(expected[2], h.last("weighted_accuracy"), 1e-12);
    }

    @Test
    void doublingEveryWeightTrainsLikeDoublingTheRate() {
        Sequential weighted = model(0.05);
        Sequential plain = model(0.1);
        double[] twos = new double[10];
        java.util.Arrays.fill(twos, 2);
        weighted.fit(X, Y, Nd4j.createFromArray(twos), QUIET.withEpochs(3).withBatchSize(4));
        plain.fit(X, Y, QUIET.withEpochs(3).withBatchSize(4));
        for (int i = 0; i < plain.getWeights().size(); i++) {
            assertTrue(plain.getWeights().get(i).equalsWithEps(weighted.getWeights().get(i), 1e-12));
        }
    }

    @Test
    void classWeightEqualsTheSampleWeightsOfEachRowsClassAndMultipliesWithThem() {
        Map<Integer, Double> classWeight = Map.of(0, 0.5, 1, 3.0);
        double[] labels = Y.toDoubleVector();
        double[] combined = new double[10];
        for (int i = 0; i < 10; i++) {
            combined[i] = W[i] * (labels[i] == 1 ? 3.0 : 0.5);
        }
        Sequential byClass = model(0.1);
        Sequential bySample = model(0.1);
        byClass.fit(X, Y, Nd4j.createFromArray(W), QUIET.withEpochs(2).withBatchSize(4).withClassWeight(classWeight));
        bySample.fit(X, Y, Nd4j.createFromArray(combined), QUIET.withEpochs(2).withBatchSize(4));
        assertArrayEquals(Fixtures.weightBits(bySample), Fixtures.weightBits(byClass));
    }

    @Test
    void validationSplitSplitsTheWeightsAndClassWeightsSkipValidationAsKeras() {
        Sequential model = model(1e-300);
        History h = model.fit(X, Y, Nd4j.createFromArray(W),
                QUIET.withValidationSplit(0.3).withClassWeight(Map.of(0, 4.0, 1, 4.0)));
        INDArray valX = X.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(7, 10),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray valY = Y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(7, 10),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        assertEquals(reference(model, valX, valY, new double[] {1.5, 2, 0.25})[0], h.last("val_loss"), 1e-12);
        double[] trainW = new double[7];
        for (int i = 0; i < 7; i++) {
            trainW[i] = 4 * W[i];
        }
        INDArray trainX = X.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 7),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray trainY = Y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 7),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        assertEquals(reference(model, trainX, trainY, trainW)[0], h.last("loss"), 1e-12);
    }

    @Test
    void validationDataWithSampleWeightsWeighsValLossAndWeightedValMetricsAsKeras() {
        // Keras's validation_data=(x, y, sample_weight): val_loss = Σ wᵢ·lossᵢ / rows, val_accuracy unweighted,
        // val_weighted_accuracy weighted. Rows 0 to 5 train, 6 to 9 validate with their own weights.
        Sequential model = model(1e-300);
        INDArray valX = X.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(6, 10),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray valY = Y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(6, 10),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        double[] valW = {0.5, 4, 0, 1.25};
        double[] expected = reference(model, valX, valY, valW);
        History h = model.fit(X, Y, QUIET.withValidationData(new Dataset(valX, valY), Nd4j.createFromArray(valW)));
        assertEquals(expected[0], h.last("val_loss"), 1e-12);
        assertEquals(expected[1], h.last("val_accuracy"), 1e-12);
        assertEquals(expected[2], h.last("val_weighted_accuracy"), 1e-12);
        double[] ones = {1, 1, 1, 1};
        assertTrue(Math.abs(reference(model, valX, valY, ones)[0] - expected[0]) > 1e-3, "the weights must matter");
        History plain = model.fit(X, Y, QUIET.withValidationData(new Dataset(valX, valY)));
        assertEquals(reference(model, valX, valY, ones)[0], plain.last("val_loss"), 1e-12);
    }

    @Test
    void rejectsBadSampleWeightsNamingValueAndFixLeavingTheModelUnchanged() {
        Sequential model = model(0.1);
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> model.fit(X, Y, Nd4j.createFromArray(1.0, 2.0), QUIET));
        assertTrue(e.getMessage().contains("sampleWeight") && e.getMessage().contains("10 values")
                && e.getMessage().contains("[2]"), e.getMessage());
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            double[] w = W.clone();
            w[4] = bad;
            e = assertThrows(IllegalArgumentException.class, () -> model.fit(X, Y, Nd4j.createFromArray(w), QUIET));
            assertTrue(e.getMessage().contains(bad + " at row 4") && e.getMessage().contains(">= 0"), e.getMessage());
        }
        e = assertThrows(IllegalArgumentException.class,
                () -> model.evaluate(X, Y, Nd4j.create(DataType.DOUBLE, 10, 2)));
        assertTrue(e.getMessage().contains("evaluate: sampleWeight") && e.getMessage().contains("[10, 2]"),
                e.getMessage());
        before.assertSameAs(model);
    }

    @Test
    void rejectsClassWeightsThatMissAClassOrNameNoClass() {
        Sequential model = model(0.1);
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> model.fit(X, Y, QUIET.withClassWeight(Map.of(0, 1.0))));
        assertTrue(e.getMessage().contains("classes [1]") || e.getMessage().contains("class [1]"), e.getMessage());
        assertTrue(e.getMessage().contains("classWeight={0=1.0}") && e.getMessage().contains("1.0 keeps"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> model.fit(X, Y, QUIET.withClassWeight(Map.of(0, 1.0, 1, 1.0, 2, 1.0))));
        assertTrue(e.getMessage().contains("class 2") && e.getMessage().contains("0 to 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> QUIET.withClassWeight(Map.of(0, -2.0)));
        assertTrue(e.getMessage().contains("0=-2.0") && e.getMessage().contains(">= 0"), e.getMessage());
        before.assertSameAs(model);
    }
}
