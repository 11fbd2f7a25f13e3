package org.neurite.core.metrics;

import org.neurite.core.MeanMetric;

/**
 * A mean metric logged under another name: {@code "accuracy"} resolved to the accuracy Keras picks, or a
 * repeated metric's {@code _1}. The spec is the text that compiles back to it.
 */
record Renamed(String name, String spec, MeanMetric inner) implements MeanMetric {
    @Override
    public double value(double[] p, double[] y, int row, int width, int labelWidth) {
        return inner.value(p, y, row, width, labelWidth);
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
        return inner.sum(p, y, rows, width, labelWidth);
    }
}
