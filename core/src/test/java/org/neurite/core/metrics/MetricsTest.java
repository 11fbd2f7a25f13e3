package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Metric;

class MetricsTest {
    @Test
    void kerasNamesGiveKerasDefaults() {
        assertEquals(Precision.defaults(), Metric.of("precision"));
        assertEquals(Recall.defaults(), Metric.of("recall"));
        assertEquals(new Auc(200, Auc.Curve.ROC, Auc.Summation.INTERPOLATION, false), Metric.of("auc"));
        assertEquals(new F1Score(F1Score.Average.NONE, Double.NaN), Metric.of("f1_score"));
        assertEquals(new TopKCategoricalAccuracy(5, false), Metric.of("top_k_categorical_accuracy"));
        assertEquals(new TopKCategoricalAccuracy(5, true), Metric.of("sparse_top_k_categorical_accuracy"));
    }

    @Test
    void everySpecParsesBackToTheSameMetric() {
        List<Metric> metrics = List.of(new Precision(0.3, 1), new Recall(0.7, -1),
                new Precision(List.of(0.2, 0.5, 0.9), 0, -1), new Recall(List.of(), 3, 1),
                new Precision(List.of(0.4), 2, 0), new Recall(List.of(0.1, 0.6), 2, -1),
                new Auc(50, Auc.Curve.PR, Auc.Summation.MINORING, true), Auc.pr(),
                new F1Score(F1Score.Average.WEIGHTED, 0.4), new F1Score(F1Score.Average.MACRO, Double.NaN),
                new TopKCategoricalAccuracy(3, true), Metric.weighted(Metric.auc()), Metric.binaryAccuracy(0.3),
                Metric.MSE);
        for (Metric m : metrics) {
            assertEquals(m, Metric.of(m.spec()), m.spec());
        }
        assertEquals("auc(num_thresholds=200, curve=PR, summation_method=interpolation, from_logits=false)",
                Auc.pr().spec());
        assertEquals("precision(thresholds=[0.2, 0.5], top_k=2, class_id=-1)",
                new Precision(List.of(0.2, 0.5), 2, -1).spec());
    }

    @Test
    void precisionAndRecallTakeKerasThresholdsAsANumberOrAListAndTopK() {
        assertEquals(new Precision(List.of(0.2, 0.7), 0, -1), Metric.of("precision(thresholds=[0.2, 0.7])"));
        assertEquals(new Recall(0.3, -1), Metric.of("recall(thresholds=0.3)"));
        assertEquals(new Recall(List.of(), 2, 1), Metric.of("recall(top_k=2, class_id=1)"));
        // A spec saved before lists existed still loads.
        assertEquals(new Precision(0.3, 1), Metric.of("precision(threshold=0.3, class_id=1)"));
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> Metric.of("precision(threshold=0.3, thresholds=[0.5])"));
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Metric.of("recall(thresholds=[0.3, high])"));
        assertTrue(e.getMessage().contains("thresholds='[0.3, high]'"), e.getMessage());
    }

    @Test
    void badSpecsNameTheArgumentAndTheValue() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> Metric.of("auc(curve=det)"));
        assertTrue(e.getMessage().contains("curve='det'") && e.getMessage().contains("PR"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Metric.of("precision(treshold=0.3)"));
        assertTrue(e.getMessage().contains("'treshold'") && e.getMessage().contains("threshold"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Metric.of("top_k_categorical_accuracy(k=2.5)"));
        assertTrue(e.getMessage().contains("k=2.5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Metric.of("binary_accuracy(abc)"));
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
    }

    @Test
    void binaryThresholdSeesThroughNamesAndWeighting() {
        assertEquals(0.3, Metrics.binaryThreshold(Metric.weighted(Metric.binaryAccuracy(0.3))));
        assertTrue(Double.isNaN(Metrics.binaryThreshold(Metric.precision())));
    }
}
