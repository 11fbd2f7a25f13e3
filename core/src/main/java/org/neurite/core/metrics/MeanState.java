package org.neurite.core.metrics;

import org.neurite.core.MeanMetric;
import org.neurite.core.Metric;

/** The state of a {@link MeanMetric}: Σ w·value and Σ w, as Keras's {@code Mean} (0 when nothing weighs). */
public final class MeanState implements Metric.State {
    private final MeanMetric metric;
    private double total;
    private double count;

    public MeanState(MeanMetric metric) {
        if (metric == null) {
            throw new IllegalArgumentException("MeanState: metric must not be null.");
        }
        this.metric = metric;
    }

    @Override
    public void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth) {
        if (w == null) {
            total += metric.sum(p, y, rows, width, labelWidth);
            count += rows;
            return;
        }
        for (int r = 0; r < rows; r++) {
            total += w[r] * metric.value(p, y, r, width, labelWidth);
            count += w[r];
        }
    }

    @Override
    public double[] result() {
        return new double[] {count == 0 ? 0 : total / count};
    }

    @Override
    public void reset() {
        total = 0;
        count = 0;
    }
}
