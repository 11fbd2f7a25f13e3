package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Loss;
import org.neurite.core.Metric;

class ResolutionTest {
    private static List<String> names(List<Metric> metrics) {
        return metrics.stream().map(Metric::name).toList();
    }

    @Test
    void accuracyKeepsTheNameItWasGivenAsKerasLogsIt() {
        assertEquals(List.of("accuracy", "acc"), names(Resolution.resolve(List.of(Metric.of("accuracy"),
                Metric.of("acc")), Loss.SPARSE_CATEGORICAL_CROSSENTROPY, 3)));
    }

    @Test
    void repeatedNamesGetSuffixesAndWeightedRepeatsAPrefixAsKeras() {
        List<Metric> resolved = Resolution.resolve(List.of(Metric.weighted(Metric.of("accuracy")),
                Metric.precision(), Metric.of("accuracy"), new Precision(0.3, -1), Metric.weighted(Metric.auc())),
                Loss.BINARY_CROSSENTROPY, 1);
        // Unweighted first, then weighted, as Keras's result(): a weighted repeat becomes weighted_<name>.
        assertEquals(List.of("precision", "accuracy", "precision_1", "weighted_accuracy", "auc"), names(resolved));
        assertTrue(Metrics.isWeighted(resolved.get(3)) && !Metrics.isWeighted(resolved.get(2)));
        assertEquals(List.of("precision", "accuracy", "precision(threshold=0.3, class_id=-1)", "weighted(accuracy)",
                "weighted(auc)"), resolved.stream().map(Metric::spec).toList());
    }

    @Test
    void rejectsMetricsThatCannotReadTheLabels() {
        for (Metric m : List.of(Metric.precision(), Metric.recall(), Metric.auc(), Metric.f1Score(),
                Metric.topKCategoricalAccuracy())) {
            Exception e = assertThrows(IllegalArgumentException.class,
                    () -> Resolution.resolve(List.of(m), Loss.SPARSE_CATEGORICAL_CROSSENTROPY, 4), m.name());
            assertTrue(e.getMessage().contains(m.name()) && e.getMessage().contains("4 outputs")
                    && e.getMessage().contains("1 column"), e.getMessage());
        }
        Exception e = assertThrows(IllegalArgumentException.class, () -> Resolution.resolve(
                List.of(Metric.of("sparse_top_k_categorical_accuracy")), Loss.CATEGORICAL_CROSSENTROPY, 4));
        assertTrue(e.getMessage().contains("4 label columns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Resolution.resolve(List.of(new Recall(0.5, 3)), Loss.CATEGORICAL_CROSSENTROPY, 3));
        assertTrue(e.getMessage().contains("classId=3") && e.getMessage().contains("3 units"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Resolution.resolve(
                List.of(Metric.weighted(new Precision(List.of(), 4, -1))), Loss.CATEGORICAL_CROSSENTROPY, 3));
        assertTrue(e.getMessage().contains("topK=4") && e.getMessage().contains("3 units")
                && e.getMessage().contains("topK <= 3"), e.getMessage());
    }
}
