package org.neurite.core.metrics;

import org.neurite.core.MeanMetric;

/** Keras's {@code mse} and {@code mae}: the mean over a row's outputs of (p − y)² or |p − y|. */
record ErrorMean(String name, boolean squared) implements MeanMetric {
    @Override
    public double value(double[] p, double[] y, int row, int width, int labelWidth) {
        int from = row * width;
        double total = 0;
        for (int i = from; i < from + width; i++) {
            double d = p[i] - y[i];
            total += squared ? d * d : Math.abs(d);
        }
        return total / width;
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
        int n = rows * width;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double d = p[i] - y[i];
            total += squared ? d * d : Math.abs(d);
        }
        return total / width;
    }
}
