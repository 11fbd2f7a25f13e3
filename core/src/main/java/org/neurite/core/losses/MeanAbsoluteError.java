package org.neurite.core.losses;

import org.neurite.core.Activation;
import org.neurite.core.Loss;

/** mean_j |p_j − y_j|, Keras's {@code mean_absolute_error}; the gradient at p = y is 0. */
final class MeanAbsoluteError implements Loss {
    @Override
    public String name() {
        return "mean_absolute_error";
    }

    @Override
    public String incompatibility(Activation output, int units) {
        return null;
    }

    @Override
    public String invalidLabel(double label, int outputUnits) {
        return null;
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width) {
        double total = 0;
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            total += Math.abs(p[i] - y[i]);
        }
        return total / width;
    }

    @Override
    public void gradient(double[] p, double[] y, double[] grad, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            grad[i] = Math.signum(p[i] - y[i]) / width;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
