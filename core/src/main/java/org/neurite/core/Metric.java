package org.neurite.core;

import java.util.List;
import org.neurite.core.metrics.Metrics;

/**
 * A score reported during training and evaluation: the mean over rows of a per-row value, as Keras
 * reports it. Implementations return the sum over the rows of a chunk; the caller divides by the row count.
 */
public interface Metric {
    /** Mean over outputs of [(p &gt; 0.5) == y], Keras's {@code binary_accuracy}. */
    Metric BINARY_ACCURACY = Metrics.binaryAccuracy(0.5);
    /** [argmax p == argmax y], Keras's {@code categorical_accuracy}. */
    Metric CATEGORICAL_ACCURACY = Metrics.CATEGORICAL_ACCURACY;
    /** [argmax p == y] with class-index labels. */
    Metric SPARSE_CATEGORICAL_ACCURACY = Metrics.SPARSE_CATEGORICAL_ACCURACY;
    /** Mean over outputs of (p − y)². */
    Metric MSE = Metrics.MSE;
    /** Mean over outputs of |p − y|. */
    Metric MAE = Metrics.MAE;
    /**
     * Keras's {@code "accuracy"}: resolved at compile time to binary accuracy for a 1-unit output,
     * sparse categorical accuracy for 1-column labels, else categorical accuracy.
     */
    Metric ACCURACY = Metrics.ACCURACY;

    /** The name reported in logs and {@link History}. */
    String name();

    /** Σ over {@code rows} rows of the per-row score; {@code y} has {@code labelWidth} columns. */
    double sum(double[] p, double[] y, int rows, int width, int labelWidth);

    /** Binary accuracy at a threshold in (0, 1). */
    static Metric binaryAccuracy(double threshold) {
        return Metrics.binaryAccuracy(threshold);
    }

    /** Resolves a Keras name ({@code "accuracy"}, {@code "binary_accuracy"}, {@code "mse"}, ...). */
    static Metric of(String name) {
        return Metrics.byName(name);
    }

    /** The names {@link #of(String)} accepts. */
    static List<String> names() {
        return Metrics.NAMES;
    }
}
