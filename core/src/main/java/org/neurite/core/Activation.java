package org.neurite.core;

import java.util.List;
import org.neurite.core.activations.Activations;

/**
 * An activation function applied after a layer's affine map, working on chunks of whole rows so that
 * row-wise functions (softmax) fit the same contract. Formulas and defaults follow Keras 3
 * ({@code keras.activations}); each constant's Javadoc names the formula.
 */
public interface Activation {
    /** f(z) = z. */
    Activation LINEAR = Activations.LINEAR;
    /** f(z) = 1 / (1 + e^-z), evaluated without overflow. */
    Activation SIGMOID = Activations.SIGMOID;
    /** f(z) = tanh(z). */
    Activation TANH = Activations.TANH;
    /** f(z) = max(z, 0); f'(0) = 0 as in TensorFlow. */
    Activation RELU = Activations.RELU;
    /** f(z) = z for z &gt; 0, else 0.2·z (Keras 3's default negative slope). */
    Activation LEAKY_RELU = Activations.leakyRelu(0.2);
    /** f(z) = z for z &gt; 0, else e^z − 1 (alpha 1). */
    Activation ELU = Activations.ELU;
    /** f(z) = 1.0507·(z for z &gt; 0, else 1.6733·(e^z − 1)) (Klambauer et al. 2017). */
    Activation SELU = Activations.SELU;
    /** f(z) = ln(1 + e^z), evaluated as max(z, 0) + ln(1 + e^-|z|). */
    Activation SOFTPLUS = Activations.SOFTPLUS;
    /** f(z) = z / (1 + |z|). */
    Activation SOFTSIGN = Activations.SOFTSIGN;
    /** f(z) = z·σ(z) (also named silu). */
    Activation SWISH = Activations.SWISH;
    /** f(z) = z·Φ(z) with the exact normal CDF (Keras's default {@code approximate=False}). */
    Activation GELU = Activations.GELU;
    /** f(z) = relu6(z + 3) / 6, Keras 3's definition (Keras 2 used 0.2·z + 0.5). */
    Activation HARD_SIGMOID = Activations.HARD_SIGMOID;
    /** Row-wise softmax, stabilised by subtracting each row's maximum. */
    Activation SOFTMAX = Activations.SOFTMAX;

    /** The Keras name; {@link #of(String)} turns it back into an equal activation. */
    String name();

    /**
     * Writes {@code a[i] = f(z)[i]} for {@code i < length}; {@code length} is a whole number of rows of
     * {@code width} columns.
     */
    void forward(double[] z, double[] a, int length, int width);

    /**
     * Turns {@code grad} from dL/da into dL/dz in place, given {@code z} and {@code a = f(z)}.
     */
    void backward(double[] z, double[] a, double[] grad, int length, int width);

    /** The infimum of the outputs, for checks of label ranges. */
    double lowerBound();

    /** The supremum of the outputs. */
    double upperBound();

    /** f(z) for one value; for row-wise functions, the value for a row of one element. */
    default double apply(double z) {
        double[] in = {z};
        double[] out = new double[1];
        forward(in, out, 1, 1);
        return out[0];
    }

    /**
     * Resolves a Keras name ({@code "relu"}, {@code "leaky_relu"}, {@code "leaky_relu(0.1)"}, ...).
     *
     * @throws IllegalArgumentException naming the known activations when {@code name} is unknown
     */
    static Activation of(String name) {
        return Activations.byName(name);
    }

    /** f(z) = z for z &gt; 0, else alpha·z. */
    static Activation leakyRelu(double alpha) {
        return Activations.leakyRelu(alpha);
    }

    /** The names {@link #of(String)} accepts. */
    static List<String> names() {
        return Activations.NAMES;
    }
}
