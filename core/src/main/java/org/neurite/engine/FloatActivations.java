package org.neurite.engine;

import org.neurite.core.Activation;

/**
 * The hot activations (linear, relu, tanh, sigmoid, softmax) on {@code float[]} chunks, so FLOAT models skip
 * widening to {@code double[]} and back. Each value is computed exactly as the {@link Activation}'s double
 * loop computes it (in double from the float input, rounded once), so both paths give the same bits.
 */
public final class FloatActivations {
    private FloatActivations() {
    }

    /** Whether this activation has a float loop here. */
    public static boolean supports(Activation act) {
        return act == Activation.RELU || act == Activation.TANH || act == Activation.SIGMOID
                || act == Activation.LINEAR || act == Activation.SOFTMAX;
    }

    /** {@code a = f(z)} over {@code length} elements (whole rows of {@code width}). */
    public static void forward(Activation act, float[] z, float[] a, int length, int width, double[] rowScratch) {
        if (act == Activation.RELU) {
            for (int i = 0; i < length; i++) {
                a[i] = Math.max(z[i], 0f);
            }
        } else if (act == Activation.TANH) {
            for (int i = 0; i < length; i++) {
                a[i] = (float) Math.tanh(z[i]);
            }
        } else if (act == Activation.SIGMOID) {
            for (int i = 0; i < length; i++) {
                a[i] = (float) sigmoid(z[i]);
            }
        } else if (act == Activation.SOFTMAX) {
            softmax(z, a, length, width, rowScratch);
        } else {
            System.arraycopy(z, 0, a, 0, length);
        }
    }

    /** Turns {@code g} from dL/da into dL/dz in place, given z and a = f(z). */
    public static void backward(Activation act, float[] z, float[] a, float[] g, int length, int width) {
        if (act == Activation.RELU) {
            for (int i = 0; i < length; i++) {
                g[i] = z[i] > 0 ? g[i] : 0f;
            }
        } else if (act == Activation.TANH) {
            for (int i = 0; i < length; i++) {
                double ai = a[i];
                g[i] = (float) (g[i] * (1 - ai * ai));
            }
        } else if (act == Activation.SIGMOID) {
            for (int i = 0; i < length; i++) {
                double ai = a[i];
                g[i] = (float) (g[i] * (ai * (1 - ai)));
            }
        } else if (act == Activation.SOFTMAX) {
            for (int row = 0; row < length; row += width) {
                double dot = 0;
                for (int i = row; i < row + width; i++) {
                    dot += (double) g[i] * a[i];
                }
                for (int i = row; i < row + width; i++) {
                    g[i] = (float) (a[i] * (g[i] - dot));
                }
            }
        }
    }

    private static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    private static void softmax(float[] z, float[] a, int length, int width, double[] e) {
        for (int row = 0; row < length; row += width) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = row; i < row + width; i++) {
                max = Math.max(max, z[i]);
            }
            double sum = 0;
            for (int i = row; i < row + width; i++) {
                e[i] = Math.exp(z[i] - max);
                sum += e[i];
            }
            for (int i = row; i < row + width; i++) {
                a[i] = (float) (e[i] / sum);
            }
        }
    }

    /**
     * ReLU's backward on raw float bits: {@code g = z > 0 ? g : +0} (NaN z gives 0), as integer operations the
     * JIT vectorises (a float select with a data-dependent branch is not, and costs ~5 ns per element).
     */
    public static void reluBackwardBits(int[] z, int[] g, int length) {
        for (int i = 0; i < length; i++) {
            int zi = z[i];
            // The sign bit of each term is set exactly when: zi > 0 as an int (not -0 or negative), not +0,
            // and zi <= +Inf's bits (not NaN).
            int mask = (-zi & ~zi & (zi - 0x7f800001)) >> 31;
            g[i] &= mask;
        }
    }

    /** Whether no element of the raw float bits is Inf or NaN (exponent all ones), branch-free. */
    public static boolean finiteBits(int[] bits, int length) {
        int any = 0;
        for (int i = 0; i < length; i++) {
            any |= (bits[i] & 0x7f800000) + 0x00800000;
        }
        return any >= 0;
    }
}
