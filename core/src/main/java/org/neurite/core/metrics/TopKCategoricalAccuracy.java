package org.neurite.core.metrics;

import org.neurite.core.MeanMetric;

/**
 * Keras's {@code TopKCategoricalAccuracy} (one-hot labels, the true class is the label's argmax) and
 * {@code SparseTopKCategoricalAccuracy} (class-index labels): 1 when the true class's output is among the
 * {@code k} largest of its row, counting ties as in, as TensorFlow's {@code in_top_k} (fewer than k outputs
 * strictly larger); always 1 when k is at least the number of classes.
 *
 * @param k at least 1; Keras's default is 5
 * @param sparse whether labels are class indices in one column
 */
public record TopKCategoricalAccuracy(int k, boolean sparse) implements MeanMetric {
    private static final TopKCategoricalAccuracy DEFAULTS = new TopKCategoricalAccuracy(5, false);

    public TopKCategoricalAccuracy {
        if (k < 1) {
            throw new IllegalArgumentException("TopKCategoricalAccuracy.k must be >= 1; received k=" + k
                    + ". Keras's default is 5.");
        }
    }

    /** k = 5, one-hot labels: Keras's {@code TopKCategoricalAccuracy()}. */
    public static TopKCategoricalAccuracy defaults() {
        return DEFAULTS;
    }

    @Override
    public String name() {
        return sparse ? "sparse_top_k_categorical_accuracy" : "top_k_categorical_accuracy";
    }

    @Override
    public String spec() {
        return k == 5 ? name() : name() + "(k=" + k + ")";
    }

    @Override
    public double value(double[] p, double[] y, int row, int width, int labelWidth) {
        int from = row * width;
        int actual = sparse ? (int) y[row * labelWidth] : CategoricalAccuracy.argmax(y, row * labelWidth, labelWidth);
        double target = p[from + actual];
        int larger = 0;
        for (int i = from; i < from + width; i++) {
            larger += p[i] > target ? 1 : 0;
        }
        return larger < k ? 1 : 0;
    }
}
