package org.neurite.core.activations;

import org.neurite.core.Activation;

/** f(z) = tanh(z), f'(z) = 1 − a². */
final class Tanh implements Activation {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public void forward(double[] z, double[] a, int length, int width) {
        for (int i = 0; i < length; i++) {
            a[i] = Math.tanh(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] grad, int length, int width) {
        for (int i = 0; i < length; i++) {
            grad[i] *= 1 - a[i] * a[i];
        }
    }

    @Override
    public double lowerBound() {
        return -1;
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
