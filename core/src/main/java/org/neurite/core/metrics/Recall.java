package org.neurite.core.metrics;

import org.neurite.core.Metric;

/**
 * Keras's {@code Recall}: tp / (tp + fn), accumulated over every batch of an epoch, with p &gt; threshold
 * predicted positive and a non-zero label positive; 0 while no label is positive. Over every output of a row
 * (flattened, as Keras), or only output {@code classId} when it is &gt;= 0.
 *
 * @param threshold in [0, 1]; Keras's default is 0.5
 * @param classId the output column to score, or -1 for all
 */
public record Recall(double threshold, int classId) implements Metric {
    private static final Recall DEFAULTS = new Recall(0.5, -1);

    public Recall {
        check("Recall", threshold, classId);
    }

    /** Threshold 0.5 over every output, as Keras's {@code Recall()}. */
    public static Recall defaults() {
        return DEFAULTS;
    }

    @Override
    public String name() {
        return "recall";
    }

    @Override
    public String spec() {
        return equals(DEFAULTS) ? name() : "recall(threshold=" + threshold + ", class_id=" + classId + ")";
    }

    @Override
    public State newState(int width, int labelWidth) {
        return new ThresholdCounts(threshold, classId, true);
    }

    static void check(String who, double threshold, int classId) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException(who + ".threshold must be in [0, 1]; received threshold=" + threshold
                    + ". Keras's default is 0.5.");
        }
        if (classId < -1) {
            throw new IllegalArgumentException(who + ".classId must be an output column >= 0, or -1 for all "
                    + "outputs; received classId=" + classId + ".");
        }
    }
}
