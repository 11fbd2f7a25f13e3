package org.neurite.core.activations;

import org.neurite.core.Activation;

/** f(z) = 1 / (1 + e^-z), f'(z) = a(1 − a). */
final class Sigmoid implements Activation {
    /** The logistic function without overflow for large |z|. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public void forward(double[] z, double[] a, int length, int width) {
        for (int i = 0; i < length; i++) {
            a[i] = sigmoid(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] grad, int length, int width) {
        for (int i = 0; i < length; i++) {
            grad[i] *= a[i] * (1 - a[i]);
        }
    }

    @Override
    public double lowerBound() {
        return 0;
    }

    @Override
    public double upperBound() {
        return 1;
    }

    @Override
    public String toString() {
        return name();
    }
}
