package org.neurite.core.losses;

import org.neurite.core.Activation;
import org.neurite.core.Loss;

/**
 * −ln p[c] where the label column holds the class index c. With a softmax output it is computed from the
 * logits: loss = logsumexp(z) − z_c and dL/dz = p − onehot(c). Otherwise, as Keras, each row of p is first
 * divided by its sum and then clipped to [1e-7, 1 − 1e-7].
 */
final class SparseCategoricalCrossentropy implements Loss {
    @Override
    public String name() {
        return "sparse_categorical_crossentropy";
    }

    @Override
    public int labelWidth(int outputUnits) {
        return 1;
    }

    @Override
    public String incompatibility(Activation output, int units) {
        if (units < 2) {
            return "sparse_categorical_crossentropy needs at least 2 output units (one per class); the output layer"
                    + " has " + units + ". Use binary_crossentropy with 1 sigmoid unit.";
        }
        if (output.lowerBound() < 0 || output.upperBound() > 1) {
            return "sparse_categorical_crossentropy needs probabilities, but '" + output.name()
                    + "' outputs values in [" + output.lowerBound() + ", " + output.upperBound()
                    + "]. Use a softmax output.";
        }
        return null;
    }

    @Override
    public String invalidLabel(double label, int outputUnits) {
        boolean ok = label >= 0 && label < outputUnits && label == Math.rint(label);
        return ok ? null : "an integer class index in [0, " + (outputUnits - 1) + "]";
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            total -= Math.log(Losses.clip(p[r * width + (int) y[r]] / rowSum(p, r * width, width)));
        }
        return total;
    }

    @Override
    public void gradient(double[] p, double[] y, double[] grad, int rows, int width) {
        // loss = −ln clip(p_c / N): where unclipped, d/dp_j = −δ_jc / p_c + 1 / N; zero where the clip is active.
        for (int r = 0; r < rows; r++) {
            int row = r * width;
            int c = row + (int) y[r];
            double norm = rowSum(p, row, width);
            double live = CategoricalCrossentropy.unclipped(p[c] / norm);
            for (int i = row; i < row + width; i++) {
                grad[i] = live / norm;
            }
            grad[c] -= live / p[c];
        }
    }

    private static double rowSum(double[] p, int row, int width) {
        double sum = 0;
        for (int i = row; i < row + width; i++) {
            sum += p[i];
        }
        return sum;
    }

    @Override
    public boolean fusesWith(Activation output) {
        return output == Activation.SOFTMAX;
    }

    @Override
    public double sumFromLogits(double[] z, double[] p, double[] y, int rows, int width) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * width;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = row; i < row + width; i++) {
                max = Math.max(max, z[i]);
            }
            double sum = 0;
            for (int i = row; i < row + width; i++) {
                sum += Math.exp(z[i] - max);
            }
            total += max + Math.log(sum) - z[row + (int) y[r]];
        }
        return total;
    }

    @Override
    public void logitGradient(double[] z, double[] p, double[] y, double[] grad, int rows, int width) {
        System.arraycopy(p, 0, grad, 0, rows * width);
        for (int r = 0; r < rows; r++) {
            grad[r * width + (int) y[r]] -= 1;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
