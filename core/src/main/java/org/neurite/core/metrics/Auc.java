package org.neurite.core.metrics;

import java.util.Locale;
import org.neurite.core.Metric;

/**
 * Keras's {@code AUC}: the area under the ROC or precision-recall curve, approximated as Keras does from
 * confusion counts at {@code numThresholds} thresholds: −1e-7, i/(n−1) for i = 1 … n−2, and 1 + 1e-7. A
 * prediction (clipped to [0, 1]; the sigmoid of it with {@code fromLogits}) is positive at threshold t when
 * p &gt; t, and a label is positive when it is not 0. Every output of a row counts as one more prediction
 * (Keras's default {@code multi_label=False}), or, with {@code multiLabel}, each output column gets its own
 * curve and the result is the mean of their areas (Keras's {@code multi_label=True}).
 *
 * <p>ROC: Σ (fpr_i − fpr_{i+1}) · h_i over the thresholds, h_i the mean (interpolation), min (minoring) or max
 * (majoring) of recall_i and recall_{i+1}. PR with interpolation follows Keras's closed form of Davis &amp;
 * Goadrich (2006): precision is interpolated through tp and p = tp + fp, and each interval adds
 * slope · (Δtp + intercept · ln(p_i / p_{i+1})) / (tp_{i+1} + fn_{i+1}).
 *
 * @param numThresholds at least 2; Keras's default is 200
 * @param curve ROC (Keras's default) or PR
 * @param summation how each interval's height is taken; Keras's default is interpolation
 * @param fromLogits whether outputs are logits (a sigmoid is applied first)
 * @param multiLabel whether each output column has its own curve (areas averaged)
 */
public record Auc(int numThresholds, Curve curve, Summation summation, boolean fromLogits, boolean multiLabel)
        implements Metric {
    private static final Auc DEFAULTS = new Auc(200, Curve.ROC, Summation.INTERPOLATION, false);

    /** Which curve's area. */
    public enum Curve { ROC, PR }

    /** How the height of each interval between two thresholds is taken. */
    public enum Summation { INTERPOLATION, MINORING, MAJORING }

    public Auc {
        if (numThresholds < 2) {
            throw new IllegalArgumentException("Auc.numThresholds must be an integer > 1; received numThresholds="
                    + numThresholds + ". Keras's default is 200.");
        }
        if (curve == null || summation == null) {
            throw new IllegalArgumentException("Auc: curve and summation must not be null; received curve=" + curve
                    + ", summation=" + summation + ". Keras's defaults are ROC and INTERPOLATION.");
        }
    }

    /** One curve over every output ({@code multiLabel} false). */
    public Auc(int numThresholds, Curve curve, Summation summation, boolean fromLogits) {
        this(numThresholds, curve, summation, fromLogits, false);
    }

    /** 200 thresholds, ROC, interpolation, probabilities: Keras's {@code AUC()}. */
    public static Auc defaults() {
        return DEFAULTS;
    }

    /** The area under the precision-recall curve, otherwise Keras's defaults: {@code AUC(curve="PR")}. */
    public static Auc pr() {
        return new Auc(200, Curve.PR, Summation.INTERPOLATION, false);
    }

    @Override
    public String name() {
        return "auc";
    }

    @Override
    public String spec() {
        return equals(DEFAULTS) ? name() : "auc(num_thresholds=" + numThresholds + ", curve=" + curve
                + ", summation_method=" + summation.name().toLowerCase(Locale.ROOT) + ", from_logits=" + fromLogits
                + (multiLabel ? ", multi_label=true" : "") + ")";
    }

    @Override
    public State newState(int width, int labelWidth) {
        return new AucState(this, multiLabel ? width : 1);
    }
}
