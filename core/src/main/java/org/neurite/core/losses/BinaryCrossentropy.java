package org.neurite.core.losses;

import org.neurite.core.Activation;
import org.neurite.core.Loss;

/**
 * Binary cross-entropy averaged over outputs (Keras and PyTorch average; DL4J sums). With a sigmoid output
 * it is computed from the logits z: loss = max(z,0) − z·y + ln(1 + e^−|z|), dL/dz = (σ(z) − y) / width.
 * Otherwise p is clipped to [1e-7, 1 − 1e-7] and the gradient is zero where clipping is active.
 */
final class BinaryCrossentropy implements Loss {
    private final boolean fromLogits;

    BinaryCrossentropy(boolean fromLogits) {
        this.fromLogits = fromLogits;
    }

    @Override
    public String name() {
        return fromLogits ? "binary_crossentropy_from_logits" : "binary_crossentropy";
    }

    @Override
    public String incompatibility(Activation output, int units) {
        if (output == Activation.SOFTMAX) {
            return name() + " does not go with a softmax output (its units sum to 1, so they are not "
                    + "independent probabilities). Use a sigmoid output, or categorical_crossentropy with softmax.";
        }
        if (fromLogits && output != Activation.LINEAR) {
            return "binary_crossentropy_from_logits expects raw logits from a linear output; received activation '"
                    + output.name() + "'. Use a linear output, or binary_crossentropy.";
        }
        if (!fromLogits && (output.lowerBound() < 0 || output.upperBound() > 1)) {
            return "binary_crossentropy needs outputs in [0, 1], but '" + output.name() + "' outputs values in ["
                    + output.lowerBound() + ", " + output.upperBound() + "]. Use a sigmoid output, or "
                    + "binary_crossentropy_from_logits with a linear output.";
        }
        return null;
    }

    @Override
    public String invalidLabel(double label, int outputUnits) {
        return Losses.probabilityLabel(label);
    }

    @Override
    public double sum(double[] p, double[] y, int rows, int width) {
        double total = 0;
        int n = rows * width;
        if (fromLogits) {
            for (int i = 0; i < n; i++) {
                total += Losses.bceFromLogit(p[i], y[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                double q = Losses.clip(p[i]);
                total -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q);
            }
        }
        return total / width;
    }

    @Override
    public void gradient(double[] p, double[] y, double[] grad, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            if (fromLogits) {
                double s = p[i] >= 0 ? 1 / (1 + Math.exp(-p[i])) : Math.exp(p[i]) / (1 + Math.exp(p[i]));
                grad[i] = (s - y[i]) / width;
            } else if (p[i] <= Losses.EPSILON || p[i] >= 1 - Losses.EPSILON) {
                grad[i] = 0;
            } else {
                grad[i] = (p[i] - y[i]) / (p[i] * (1 - p[i])) / width;
            }
        }
    }

    @Override
    public boolean fusesWith(Activation output) {
        return !fromLogits && output == Activation.SIGMOID;
    }

    @Override
    public double sumFromLogits(double[] z, double[] p, double[] y, int rows, int width) {
        double total = 0;
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            total += Losses.bceFromLogit(z[i], y[i]);
        }
        return total / width;
    }

    @Override
    public void logitGradient(double[] z, double[] p, double[] y, double[] grad, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            grad[i] = (p[i] - y[i]) / width;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
