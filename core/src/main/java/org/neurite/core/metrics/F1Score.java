package org.neurite.core.metrics;

import java.util.Locale;
import org.neurite.core.Metric;

/**
 * Keras's {@code F1Score}: per class, 2·P·R / (P + R) with P = tp / (tp + fp + ε), R = tp / (tp + fn + ε) and
 * ε = 1e-7 (also added to P + R), accumulated over every batch of an epoch. An output is predicted positive
 * when p &gt; threshold or, without a threshold (Keras's {@code None}), when it is its row's maximum (and
 * |p| &gt; 1e-9); labels are one per output column, positive when 1.
 *
 * <p>Averaging as Keras: NONE logs one score per class ({@code f1_score_0}, {@code f1_score_1}, ...), MICRO
 * pools the counts of every class first, MACRO is the plain mean of the class scores and WEIGHTED the mean
 * weighted by each class's number of positive labels (its support).
 *
 * @param average Keras's default is NONE
 * @param threshold in (0, 1], or NaN for Keras's {@code threshold=None} (the argmax is positive)
 */
public record F1Score(Average average, double threshold) implements Metric {
    private static final F1Score DEFAULTS = new F1Score(Average.NONE, Double.NaN);

    /** How the per-class scores are combined. */
    public enum Average { NONE, MICRO, MACRO, WEIGHTED }

    public F1Score {
        if (average == null) {
            throw new IllegalArgumentException("F1Score.average must be NONE, MICRO, MACRO or WEIGHTED; received "
                    + "null. Keras's default is NONE (one score per class).");
        }
        if (!Double.isNaN(threshold) && !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("F1Score.threshold must be in (0, 1], or NaN for the argmax; received "
                    + "threshold=" + threshold + ". Use 0.5 for sigmoid outputs.");
        }
    }

    /** No averaging, argmax positive: Keras's {@code F1Score()}. */
    public static F1Score defaults() {
        return DEFAULTS;
    }

    @Override
    public String name() {
        return "f1_score";
    }

    @Override
    public String spec() {
        return equals(DEFAULTS) ? name() : "f1_score(average=" + average.name().toLowerCase(Locale.ROOT)
                + (Double.isNaN(threshold) ? "" : ", threshold=" + threshold) + ")";
    }

    @Override
    public State newState(int width, int labelWidth) {
        return new F1State(this, width);
    }
}
