package org.neurite.core.losses;

import org.neurite.core.Activation;
import org.neurite.core.Loss;

/**
 * −Σ_j y_j ln p_j per row, with one-hot (or soft) labels. With a softmax output it is computed from the
 * logits: loss = (Σ y)·logsumexp(z) − Σ y·z and dL/dz = (Σ y)·p − y. Otherwise p is normalised to sum 1 and
 * clipped to [1e-7, 1 − 1e-7], as Keras does.
 */
final class CategoricalCrossentropy implements Loss {
    private final boolean fromLogits;

    CategoricalCrossentropy(boolean fromLogits) {
        this.fromLogits = fromLogits;
    }

    @Override
    public String name() {
        return fromLogits ? "categorical_crossentropy_from_logits" : "categorical_crossentropy";
    }

    @Override
    public String incompatibility(Activation output, int units) {
        if (units < 2) {
            return name() + " needs at least 2 output units (one per class); the output layer has " + units
                    + ". Use binary_crossentropy with 1 sigmoid unit, or give the output one unit per class.";
        }
        if (fromLogits && output != Activation.LINEAR) {
            return name() + " expects raw logits from a linear output; received activation '" + output.name()
                    + "'. Use a linear output, or categorical_crossentropy with softmax.";
        }
        if (!fromLogits && (output.lowerBound() < 0 || output.upperBound() > 1)) {
            return "categorical_crossentropy needs probabilities, but '" + output.name() + "' outputs values in ["
                    + output.lowerBound() + ", " + output.upperBound() + "]. Use a softmax output.";
        }
        return null;
    }

    @Override
    public String invalidLabel(double label, int outputUnits) {
        return Losses.probabilityLabel(label);
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width) {
        if (fromLogits) {
            return sumFromLogits(p, null, y, rows, width);
        }
        double total = 0;
        for (int row = 0; row < rows * width; row += width) {
            double norm = 0;
            for (int i = row; i < row + width; i++) {
                norm += p[i];
            }
            for (int i = row; i < row + width; i++) {
                total -= y[i] * Math.log(Losses.clip(p[i] / norm));
            }
        }
        return total;
    }

    @Override
    public void gradient(double[] p, double[] y, double[] grad, int rows, int width) {
        for (int row = 0; row < rows * width; row += width) {
            if (fromLogits) {
                logitRowGradient(p, y, grad, row, width);
                continue;
            }
            // Only unclipped terms depend on p: d/dp_j of −Σ_i y_i ln(p_i / N) over them is
            // −y_j/p_j (if j is unclipped) + Σ_unclipped y_i / N.
            double norm = 0;
            for (int i = row; i < row + width; i++) {
                norm += p[i];
            }
            double ySum = 0;
            for (int i = row; i < row + width; i++) {
                ySum += unclipped(p[i] / norm) * y[i];
            }
            for (int i = row; i < row + width; i++) {
                grad[i] = -unclipped(p[i] / norm) * y[i] / p[i] + ySum / norm;
            }
        }
    }

    /** 1 where clip(q) = q (the term depends on q), 0 where the clip is active. */
    static double unclipped(double q) {
        return q <= Losses.EPSILON || q >= 1 - Losses.EPSILON ? 0 : 1;
    }

    private static void logitRowGradient(double[] z, double[] y, double[] grad, int row, int width) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = row; i < row + width; i++) {
            max = Math.max(max, z[i]);
        }
        double sum = 0;
        double ySum = 0;
        for (int i = row; i < row + width; i++) {
            sum += Math.exp(z[i] - max);
            ySum += y[i];
        }
        for (int i = row; i < row + width; i++) {
            grad[i] = ySum * Math.exp(z[i] - max) / sum - y[i];
        }
    }

    @Override
    public boolean fusesWith(Activation output) {
        return !fromLogits && output == Activation.SOFTMAX;
    }

    @Override
    public double sumFromLogits(double[] z, double[] p, double[] y, int rows, int width) {
        double total = 0;
        for (int row = 0; row < rows * width; row += width) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = row; i < row + width; i++) {
                max = Math.max(max, z[i]);
            }
            double sum = 0;
            for (int i = row; i < row + width; i++) {
                sum += Math.exp(z[i] - max);
            }
            double logSumExp = max + Math.log(sum);
            for (int i = row; i < row + width; i++) {
                total += y[i] * (logSumExp - z[i]);
            }
        }
        return total;
    }

    @Override
    public void logitGradient(double[] z, double[] p, double[] y, double[] grad, int rows, int width) {
        for (int row = 0; row < rows * width; row += width) {
            double ySum = 0;
            for (int i = row; i < row + width; i++) {
                ySum += y[i];
            }
            for (int i = row; i < row + width; i++) {
                grad[i] = ySum * p[i] - y[i];
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
