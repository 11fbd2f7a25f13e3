package org.neurite.core.metrics;

import org.neurite.core.MeanMetric;

/** Keras's {@code categorical_accuracy} ([argmax p == argmax y]) and its sparse form ([argmax p == y]). */
record CategoricalAccuracy(boolean sparse) implements MeanMetric {
    @Override
    public String name() {
        return sparse ? "sparse_categorical_accuracy" : "categorical_accuracy";
    }

    @Override
    public double value(double[] p, double[] y, int row, int width, int labelWidth) {
        int predicted = argmax(p, row * width, width);
        int actual = sparse ? (int) y[row * labelWidth] : argmax(y, row * labelWidth, labelWidth);
        return predicted == actual ? 1 : 0;
    }

    /** The first index of the largest of {@code v[from .. from + width)}. */
    static int argmax(double[] v, int from, int width) {
        int best = 0;
        for (int i = 1; i < width; i++) {
            if (v[from + i] > v[from + best]) {
                best = i;
            }
        }
        return best;
    }
}
