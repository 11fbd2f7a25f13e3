package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.layers.Dense;

class MetricTest {
    @Test
    void binaryAccuracyCountsOutputsStrictlyAboveTheThreshold() {
        double[] p = {0.7, 0.2, 0.5, 0.9};
        double[] y = {1, 0, 1, 0};
        // Predictions 1, 0, 0 (0.5 is not above 0.5), 1: hits on rows 0 and 1.
        assertEquals(2, Metric.BINARY_ACCURACY.sum(p, y, 4, 1, 1));
        // At threshold 0.1 everything is predicted 1: hits on the two rows labelled 1.
        assertEquals(2, Metric.binaryAccuracy(0.1).sum(p, y, 4, 1, 1));
        // At 0.8 only 0.9 is predicted 1: rows 1 (0 = 0) hits, rows 0, 2, 3 miss.
        assertEquals(1, Metric.binaryAccuracy(0.8).sum(p, y, 4, 1, 1));
        // Two outputs per row: the row's score is the mean over its outputs.
        assertEquals(0.5, Metric.BINARY_ACCURACY.sum(new double[] {0.7, 0.7}, new double[] {1, 0}, 1, 2, 2));
    }

    @Test
    void categoricalAccuracyComparesArgmaxes() {
        double[] p = {0.1, 0.7, 0.2, 0.5, 0.3, 0.2};
        assertEquals(1, Metric.CATEGORICAL_ACCURACY.sum(p, new double[] {0, 1, 0, 0, 0, 1}, 2, 3, 3));
        assertEquals(2, Metric.CATEGORICAL_ACCURACY.sum(p, new double[] {0, 1, 0, 1, 0, 0}, 2, 3, 3));
    }

    @Test
    void sparseCategoricalAccuracyComparesTheArgmaxWithTheClassIndex() {
        double[] p = {0.1, 0.7, 0.2, 0.5, 0.3, 0.2};
        assertEquals(2, Metric.SPARSE_CATEGORICAL_ACCURACY.sum(p, new double[] {1, 0}, 2, 3, 1));
        assertEquals(0, Metric.SPARSE_CATEGORICAL_ACCURACY.sum(p, new double[] {2, 2}, 2, 3, 1));
    }

    @Test
    void mseAndMaeAverageOverOutputs() {
        double[] p = {1, 2, 3, 5};
        double[] y = {0, 2, 1, 1};
        assertEquals(0.5 + 10, Metric.MSE.sum(p, y, 2, 2, 2), 1e-15);
        assertEquals(0.5 + 3, Metric.MAE.sum(p, y, 2, 2, 2), 1e-15);
    }

    @Test
    void accuracyResolvesAsKerasDoesForTheLossAndOutputButKeepsItsName() {
        double[] p = {0.7, 0.2};
        double[] y = {1, 1};
        Sequential binary = new Sequential(new Dense(1, Activation.SIGMOID));
        binary.compile("gd", "binary_crossentropy", "accuracy");
        MeanMetric resolved = (MeanMetric) binary.metrics().get(0);
        assertEquals("accuracy", resolved.name());
        assertEquals(1, resolved.sum(p, y, 2, 1, 1)); // binary: 0.7 > 0.5 hits, 0.2 misses
        Sequential categorical = new Sequential(new Dense(2, Activation.SOFTMAX));
        categorical.compile("gd", "categorical_crossentropy", "accuracy");
        resolved = (MeanMetric) categorical.metrics().get(0);
        assertEquals("accuracy", resolved.name());
        assertEquals(0, resolved.sum(p, new double[] {0, 1}, 1, 2, 2)); // argmax 0 vs one-hot class 1
        Sequential sparse = new Sequential(new Dense(2, Activation.SOFTMAX));
        sparse.compile("gd", "sparse_categorical_crossentropy", "acc");
        resolved = (MeanMetric) sparse.metrics().get(0);
        assertEquals("acc", resolved.name());
        assertEquals(1, resolved.sum(p, new double[] {0}, 1, 2, 1)); // argmax 0 vs class index 0
        Sequential regression = new Sequential(new Dense(1));
        regression.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR, Metric.ACCURACY, Metric.MAE);
        assertEquals(List.of("accuracy", "mae"), regression.metrics().stream().map(Metric::name).toList());
        assertSame(Metric.MAE, regression.metrics().get(1));
    }

    @Test
    void theNewMetricsCompileByKerasNameAndAreLoggedUnderIt() {
        Sequential model = new Sequential(new Dense(3, Activation.SOFTMAX)).setDataType(
                org.nd4j.linalg.api.buffer.DataType.DOUBLE).build(2, 4);
        model.compile("gd", "categorical_crossentropy", "precision", "recall", "auc", "f1_score",
                "top_k_categorical_accuracy");
        java.util.Random random = new java.util.Random(4);
        java.util.Map<String, Double> scores = model.evaluate(Fixtures.uniform(random, 20, 2, -1, 1),
                Fixtures.labelsFor(Loss.CATEGORICAL_CROSSENTROPY, random, 20, 3, true));
        assertEquals(List.of("loss", "precision", "recall", "auc", "f1_score_0", "f1_score_1", "f1_score_2",
                "top_k_categorical_accuracy"), List.copyOf(scores.keySet()));
        assertEquals(1.0, scores.get("top_k_categorical_accuracy")); // k = 5 covers all 3 classes
    }

    @Test
    void compileRejectsMetricsThatCannotReadClassIndexLabels() {
        Sequential model = new Sequential(new Dense(3, Activation.SOFTMAX));
        for (String metric : new String[] {"mse", "mae", "categorical_accuracy", "binary_accuracy",
                "mean_squared_error"}) {
            Exception e = assertThrows(IllegalArgumentException.class,
                    () -> model.compile("gd", "sparse_categorical_crossentropy", metric), metric);
            assertTrue(e.getMessage().contains(metric) && e.getMessage().contains("sparse_categorical_crossentropy")
                    && e.getMessage().contains("1 column") && e.getMessage().contains("3"), e.getMessage());
            assertTrue(!model.isCompiled());
        }
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> model.compile("gd", "categorical_crossentropy", "sparse_categorical_accuracy"));
        assertTrue(e.getMessage().contains("sparse_categorical_accuracy"), e.getMessage());
    }

    @Test
    void everyMetricResolvesFromItsKerasName() {
        for (Metric m : List.of(Metric.BINARY_ACCURACY, Metric.CATEGORICAL_ACCURACY, Metric.SPARSE_CATEGORICAL_ACCURACY,
                Metric.MSE, Metric.MAE, Metric.ACCURACY)) {
            assertSame(m, Metric.of(m.name()), m.name());
        }
        // Keras logs a metric given by name under that name; the values are mse's and mae's.
        assertEquals("mean_squared_error", Metric.of("mean_squared_error").name());
        assertEquals(Metric.MSE.sum(new double[] {3}, new double[] {1}, 1, 1, 1),
                ((MeanMetric) Metric.of("mean_squared_error")).sum(new double[] {3}, new double[] {1}, 1, 1, 1));
        assertEquals("mean_absolute_error", Metric.of("mean_absolute_error").spec());
        assertEquals("binary_accuracy(0.3)", Metric.of("binary_accuracy(threshold=0.3)").name());
        assertEquals(1, ((MeanMetric) Metric.of("binary_accuracy(0.3)")).sum(new double[] {0.4}, new double[] {1}, 1, 1,
                1));
    }

    @Test
    void rejectsUnknownNamesAndBadThresholdsNamingTheValue() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> Metric.of("precission"));
        assertTrue(e.getMessage().contains("'precission'"), e.getMessage());
        for (String known : new String[] {"accuracy", "binary_accuracy", "categorical_accuracy",
                "sparse_categorical_accuracy", "mse", "mae"}) {
            assertTrue(e.getMessage().contains(known), known + " missing from: " + e.getMessage());
        }
        e = assertThrows(IllegalArgumentException.class, () -> Metric.binaryAccuracy(1.0));
        assertTrue(e.getMessage().contains("threshold=1.0") && e.getMessage().contains("(0, 1)"), e.getMessage());
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID));
        e = assertThrows(IllegalArgumentException.class, () -> model.compile("gd", "binary_crossentropy", "f1"));
        assertTrue(e.getMessage().contains("'f1'"), e.getMessage());
        assertTrue(!model.isCompiled());
    }
}
