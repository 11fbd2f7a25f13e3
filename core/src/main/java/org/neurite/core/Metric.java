package org.neurite.core;

import java.util.List;
import org.neurite.core.metrics.Auc;
import org.neurite.core.metrics.F1Score;
import org.neurite.core.metrics.Metrics;
import org.neurite.core.metrics.Precision;
import org.neurite.core.metrics.Recall;
import org.neurite.core.metrics.TopKCategoricalAccuracy;

/**
 * A score reported during training and evaluation, streamed over batches as Keras's stateful metrics: each
 * fit epoch and each evaluation starts a fresh {@link State}, feeds it every batch, and logs its result.
 *
 * <p>As in Keras 3, the metrics passed to {@code compile} ignore sample and class weights; wrap a metric in
 * {@link #weighted(Metric)} (Keras's {@code weighted_metrics}) to have it weighted.
 */
public interface Metric {
    /** Mean over outputs of [(p &gt; 0.5) == y], Keras's {@code binary_accuracy}. */
    MeanMetric BINARY_ACCURACY = Metrics.binaryAccuracy(0.5);
    /** [argmax p == argmax y], Keras's {@code categorical_accuracy}. */
    MeanMetric CATEGORICAL_ACCURACY = Metrics.CATEGORICAL_ACCURACY;
    /** [argmax p == y] with class-index labels. */
    MeanMetric SPARSE_CATEGORICAL_ACCURACY = Metrics.SPARSE_CATEGORICAL_ACCURACY;
    /** Mean over outputs of (p − y)². */
    MeanMetric MSE = Metrics.MSE;
    /** Mean over outputs of |p − y|. */
    MeanMetric MAE = Metrics.MAE;
    /**
     * Keras's {@code "accuracy"}: resolved at compile time to binary accuracy for a 1-unit output,
     * sparse categorical accuracy for 1-column labels, else categorical accuracy; logged as {@code accuracy}.
     */
    Metric ACCURACY = Metrics.ACCURACY;

    /** The name reported in logs and {@link History} (validation adds {@code val_}). */
    String name();

    /** The text {@link #of(String)} turns back into this metric (saved with the model); the name by default. */
    default String spec() {
        return name();
    }

    /** A fresh, empty accumulator for outputs {@code width} wide and labels {@code labelWidth} wide. */
    State newState(int width, int labelWidth);

    /**
     * What a metric accumulates over the batches of one epoch or evaluation. Updates allocate nothing.
     */
    interface State {
        /**
         * Adds {@code rows} rows: outputs {@code p} ({@code width} per row), labels {@code y}
         * ({@code labelWidth} per row) and the rows' weights {@code w} (null: every row weighs 1).
         */
        void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth);

        /** The value so far: one number, or one per class (F1Score without averaging). */
        double[] result();

        /** Forgets everything added. */
        void reset();
    }

    /** Binary accuracy at a threshold in (0, 1). */
    static MeanMetric binaryAccuracy(double threshold) {
        return Metrics.binaryAccuracy(threshold);
    }

    /** Keras's {@code Precision()}: tp / (tp + fp) at threshold 0.5 over every output. */
    static Metric precision() {
        return Precision.defaults();
    }

    /** Keras's {@code Recall()}: tp / (tp + fn) at threshold 0.5 over every output. */
    static Metric recall() {
        return Recall.defaults();
    }

    /** Keras's {@code AUC()}: area under the ROC curve, 200 thresholds, interpolated. */
    static Metric auc() {
        return Auc.defaults();
    }

    /** Keras's {@code F1Score()}: one score per class, the argmax predicted positive. */
    static Metric f1Score() {
        return F1Score.defaults();
    }

    /** Keras's {@code TopKCategoricalAccuracy(k=5)}. */
    static Metric topKCategoricalAccuracy() {
        return TopKCategoricalAccuracy.defaults();
    }

    /** This metric fed the sample and class weights (Keras's {@code weighted_metrics}). */
    static Metric weighted(Metric metric) {
        return Metrics.weighted(metric);
    }

    /** Resolves a Keras name ({@code "accuracy"}, {@code "precision"}, {@code "auc"}, ...) or a {@link #spec()}. */
    static Metric of(String name) {
        return Metrics.byName(name);
    }

    /** The names {@link #of(String)} accepts. */
    static List<String> names() {
        return Metrics.NAMES;
    }
}
