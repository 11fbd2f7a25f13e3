package org.neurite.core.metrics;

import org.neurite.core.Metric;

/**
 * Keras's {@code Precision}: tp / (tp + fp), accumulated over every batch of an epoch, with p &gt; threshold
 * predicted positive and a non-zero label positive; 0 while nothing is predicted positive. Over every
 * output of a row (flattened, as Keras), or only output {@code classId} when it is &gt;= 0.
 *
 * @param threshold in [0, 1]; Keras's default is 0.5
 * @param classId the output column to score, or -1 for all
 */
public record Precision(double threshold, int classId) implements Metric {
    private static final Precision DEFAULTS = new Precision(0.5, -1);

    public Precision {
        Recall.check("Precision", threshold, classId);
    }

    /** Threshold 0.5 over every output, as Keras's {@code Precision()}. */
    public static Precision defaults() {
        return DEFAULTS;
    }

    @Override
    public String name() {
        return "precision";
    }

    @Override
    public String spec() {
        return equals(DEFAULTS) ? name() : "precision(threshold=" + threshold + ", class_id=" + classId + ")";
    }

    @Override
    public State newState(int width, int labelWidth) {
        return new ThresholdCounts(threshold, classId, false);
    }
}
