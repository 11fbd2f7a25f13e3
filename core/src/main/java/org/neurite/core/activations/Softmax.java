package org.neurite.core.activations;

import org.neurite.core.Activation;

/**
 * Row-wise softmax, a_i = e^(z_i − max z) / Σ_j e^(z_j − max z); backward g_i ← a_i (g_i − Σ_j g_j a_j).
 */
final class Softmax implements Activation {
    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public void forward(double[] z, double[] a, int length, int width) {
        for (int row = 0; row < length; row += width) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = row; i < row + width; i++) {
                max = Math.max(max, z[i]);
            }
            double sum = 0;
            for (int i = row; i < row + width; i++) {
                a[i] = Math.exp(z[i] - max);
                sum += a[i];
            }
            for (int i = row; i < row + width; i++) {
                a[i] /= sum;
            }
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] grad, int length, int width) {
        for (int row = 0; row < length; row += width) {
            double dot = 0;
            for (int i = row; i < row + width; i++) {
                dot += grad[i] * a[i];
            }
            for (int i = row; i < row + width; i++) {
                grad[i] = a[i] * (grad[i] - dot);
            }
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
