package org.neurite.core.metrics;

import org.neurite.core.MeanMetric;

/** Keras's {@code binary_accuracy}: the mean over a row's outputs of [(p &gt; threshold) == y]. */
record BinaryAccuracy(double threshold) implements MeanMetric {
    @Override
    public String name() {
        return threshold == 0.5 ? "binary_accuracy" : "binary_accuracy(" + threshold + ")";
    }

    @Override
    public double value(double[] p, double[] y, int row, int width, int labelWidth) {
        int from = row * width;
        double hits = 0;
        for (int i = from; i < from + width; i++) {
            double predicted = p[i] > threshold ? 1 : 0;
            hits += predicted == y[i] ? 1 : 0;
        }
        return hits / width;
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
        int n = rows * width;
        double hits = 0;
        for (int i = 0; i < n; i++) {
            double predicted = p[i] > threshold ? 1 : 0;
            hits += predicted == y[i] ? 1 : 0;
        }
        return hits / width;
    }
}
