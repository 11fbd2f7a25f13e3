package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricStatesTest {
    @Test
    void logsPerClassResultsWithAnIndexSuffixAndFeedsWeightsOnlyToWeightedMetrics() {
        List<Metric> metrics = org.neurite.core.metrics.Resolution.resolve(List.of(Metric.f1Score(),
                Metric.of("categorical_accuracy"), Metric.weighted(Metric.of("categorical_accuracy"))),
                Loss.CATEGORICAL_CROSSENTROPY, 2);
        MetricStates states = new MetricStates(metrics, 2, 2);
        // Row 0 right (class 0), row 1 wrong (true 1, predicted 0); row 1 weighs 3.
        states.update(new double[] {0.9, 0.1, 0.6, 0.4}, new double[] {1, 0, 0, 1}, new double[] {1, 3}, 2, 2, 2);
        Map<String, Double> logs = new LinkedHashMap<>();
        states.log("val_", logs);
        assertEquals(List.of("val_f1_score_0", "val_f1_score_1", "val_categorical_accuracy",
                "val_weighted_categorical_accuracy"), List.copyOf(logs.keySet()));
        // F1 is unweighted: class 0 has tp 1, fp 1 (2/3); class 1 nothing found (0).
        assertEquals(2.0 / 3, logs.get("val_f1_score_0"), 1e-6);
        assertEquals(0, logs.get("val_f1_score_1"), 1e-6);
        assertEquals(0.5, logs.get("val_categorical_accuracy"));
        assertEquals(0.25, logs.get("val_weighted_categorical_accuracy"));
        states.reset();
        logs.clear();
        states.log("", logs);
        assertEquals(0.0, logs.get("categorical_accuracy"));
    }

    @Test
    void logsOneValuePerThresholdAndNamesThemBeforeTraining() {
        List<Metric> metrics = org.neurite.core.metrics.Resolution.resolve(List.of(Metric.of(
                "precision(thresholds=[0.3, 0.8])"), Metric.recall()), Loss.BINARY_CROSSENTROPY, 1);
        MetricStates states = new MetricStates(metrics, 1, 1);
        assertEquals(List.of("precision_0", "precision_1", "recall"), states.logNames());
        // Rows (p, y): (0.9, 1), (0.5, 0), (0.2, 1). t = 0.3: tp 1, fp 1 -> 1/2; t = 0.8: tp 1 -> 1. Recall 1/2.
        states.update(new double[] {0.9, 0.5, 0.2}, new double[] {1, 0, 1}, null, 3, 1, 1);
        Map<String, Double> logs = new LinkedHashMap<>();
        states.log("val_", logs);
        assertEquals(Map.of("val_precision_0", 0.5, "val_precision_1", 1.0, "val_recall", 0.5), logs);
    }
}
