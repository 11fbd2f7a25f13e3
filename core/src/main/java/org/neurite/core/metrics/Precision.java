package org.neurite.core.metrics;

import java.util.List;
import org.neurite.core.Metric;

/**
 * Keras's {@code Precision}: tp / (tp + fp), accumulated over every batch of an epoch, with p &gt; threshold
 * predicted positive and a non-zero label positive; 0 while nothing is predicted positive. Over every
 * output of a row (flattened, as Keras), or only output {@code classId} when it is &gt;= 0.
 *
 * <p>With several thresholds the result has one precision per threshold, in order (Keras returns a list;
 * the logs hold {@code precision_0}, {@code precision_1}, ...). With {@code topK} only the k largest outputs
 * of each row can be positive (ties: the lower column first), as Keras's {@code _filter_top_k}: the others
 * count as Keras's NEG_INF (-1e10); without thresholds every top-k output is then positive.
 *
 * @param thresholds each in [0, 1]; empty for Keras's None (0.5, or every top-k output with topK)
 * @param topK the outputs per row that may be positive, or 0 for all (Keras's {@code top_k=None})
 * @param classId the output column to score, or -1 for all (after the top-k filter, as Keras)
 */
public record Precision(List<Double> thresholds, int topK, int classId) implements Metric {
    private static final Precision DEFAULTS = new Precision(0.5, -1);

    public Precision {
        thresholds = ConfusionSettings.check("Precision", thresholds, topK, classId);
    }

    /** One threshold in [0, 1], no top-k filter. */
    public Precision(double threshold, int classId) {
        this(List.of(threshold), 0, classId);
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
        return equals(DEFAULTS) ? name() : ConfusionSettings.spec(name(), thresholds, topK, classId);
    }

    @Override
    public State newState(int width, int labelWidth) {
        return new ThresholdCounts(ConfusionSettings.effective(thresholds), topK, classId, false, width);
    }
}
