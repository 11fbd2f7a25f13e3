package org.neurite.core.losses;

import org.neurite.core.Activation;
import org.neurite.core.Loss;

/** mean_j max(1 − y_j·p_j, 0) with labels in {−1, 1}; a label 0 is read as −1, as Keras converts {0, 1}. */
final class Hinge implements Loss {
    @Override
    public String name() {
        return "hinge";
    }

    @Override
    public String incompatibility(Activation output, int units) {
        return null;
    }

    @Override
    public String invalidLabel(double label, int outputUnits) {
        return label == -1 || label == 0 || label == 1 ? null : "-1, 0 or 1 (0 is read as -1)";
    }

    private static double sign(double label) {
        return label == 0 ? -1 : label;
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width) {
        double total = 0;
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            total += Math.max(1 - sign(y[i]) * p[i], 0);
        }
        return total / width;
    }

    @Override
    public void gradient(double[] p, double[] y, double[] grad, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            double s = sign(y[i]);
            grad[i] = 1 - s * p[i] > 0 ? -s / width : 0;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
