package org.neurite.core.losses;

import org.neurite.core.Activation;
import org.neurite.core.Loss;

/** mean_j (p_j − y_j)², Keras's {@code mean_squared_error}. */
final class MeanSquaredError implements Loss {
    @Override
    public String name() {
        return "mean_squared_error";
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
            double d = p[i] - y[i];
            total += d * d;
        }
        return total / width;
    }

    @Override
    public void gradient(double[] p, double[] y, double[] grad, int rows, int width) {
        int n = rows * width;
        double scale = 2.0 / width;
        for (int i = 0; i < n; i++) {
            grad[i] = scale * (p[i] - y[i]);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
