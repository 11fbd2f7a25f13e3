package org.neurite.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The settings {@link Precision} and {@link Recall} share, checked and written as Keras's: {@code thresholds}
 * (a list; one result per threshold), {@code top_k} and {@code class_id}.
 */
final class ConfusionSettings {
    /** Keras's {@code NEG_INF}: the value top-k filtering gives dropped outputs, and top_k's default threshold. */
    static final double NEG_INF = -1e10;

    private ConfusionSettings() {
    }

    /**
     * The thresholds as stored: each in [0, 1]; an empty list is Keras's {@code thresholds=None}, which becomes
     * [0.5] without top_k and stays empty (NEG_INF: every top-k output is positive) with it.
     */
    static List<Double> check(String who, List<Double> thresholds, int topK, int classId) {
        if (thresholds == null || thresholds.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(who + ".thresholds must be a list of numbers in [0, 1]; received "
                    + "thresholds=" + thresholds + ". Pass List.of() for Keras's default (0.5, or every top-k output "
                    + "with topK).");
        }
        for (double t : thresholds) {
            if (!(t >= 0 && t <= 1)) {
                String name = thresholds.size() == 1 ? "threshold=" + t : "thresholds=" + thresholds;
                throw new IllegalArgumentException(who + ".threshold must be in [0, 1]; received " + name
                        + ". Keras's default is 0.5.");
            }
        }
        if (topK < 0) {
            throw new IllegalArgumentException(who + ".topK must be >= 1, or 0 for none (Keras's top_k=None); "
                    + "received topK=" + topK + ".");
        }
        if (classId < -1) {
            throw new IllegalArgumentException(who + ".classId must be an output column >= 0, or -1 for all "
                    + "outputs; received classId=" + classId + ".");
        }
        return thresholds.isEmpty() && topK == 0 ? List.of(0.5) : List.copyOf(thresholds);
    }

    /** The thresholds a state compares with: NEG_INF for an empty list. */
    static double[] effective(List<Double> thresholds) {
        return thresholds.isEmpty() ? new double[] {NEG_INF}
                : thresholds.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The spec {@link Metrics#byName} reads back: {@code name(threshold=t, class_id=c)} for one threshold without
     * top_k (the form saved before lists existed), else {@code name(thresholds=[...], top_k=k, class_id=c)}.
     */
    static String spec(String name, List<Double> thresholds, int topK, int classId) {
        if (topK == 0 && thresholds.size() == 1) {
            return name + "(threshold=" + thresholds.get(0) + ", class_id=" + classId + ")";
        }
        List<String> parts = new ArrayList<>();
        if (!thresholds.isEmpty()) {
            parts.add("thresholds=" + thresholds);
        }
        if (topK > 0) {
            parts.add("top_k=" + topK);
        }
        parts.add("class_id=" + classId);
        return name + "(" + String.join(", ", parts) + ")";
    }
}
