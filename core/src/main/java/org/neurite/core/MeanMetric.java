package org.neurite.core;

import org.neurite.core.metrics.MeanState;

/**
 * A metric that is the mean over rows of a per-row value (accuracies, mse, mae), as Keras's
 * {@code MeanMetricWrapper}: Σ w·value / Σ w, with every weight 1 when unweighted.
 */
public interface MeanMetric extends Metric {
    /** The value of row {@code row}: outputs at {@code p[row·width]}, labels at {@code y[row·labelWidth]}. */
    double value(double[] p, double[] y, int row, int width, int labelWidth);

    /** Σ over {@code rows} rows of {@link #value}. */
    default double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            total += value(p, y, r, width, labelWidth);
        }
        return total;
    }

    @Override
    default State newState(int width, int labelWidth) {
        return new MeanState(this);
    }
}
