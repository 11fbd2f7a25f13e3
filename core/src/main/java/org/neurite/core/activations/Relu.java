package org.neurite.core.activations;

import org.neurite.core.Activation;

/** f(z) = max(z, 0), with f'(0) = 0. Branch-free loops so the JIT vectorises them. */
final class Relu implements Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    public void forward(double[] z, double[] a, int length, int width) {
        for (int i = 0; i < length; i++) {
            a[i] = Math.max(z[i], 0.0);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] grad, int length, int width) {
        for (int i = 0; i < length; i++) {
            grad[i] = z[i] > 0 ? grad[i] : 0.0;
        }
    }

    @Override
    public double lowerBound() {
        return 0;
    }

    @Override
    public double upperBound() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return name();
    }
}
