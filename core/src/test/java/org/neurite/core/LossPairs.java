package org.neurite.core;

import java.util.List;

/**
 * Which output activation and loss pairs Neurite accepts, written out independently of the production
 * rules (Loss.incompatibility) so that tests can check compile against it.
 */
public final class LossPairs {
    public static final List<Activation> ACTIVATIONS = List.of(Activation.LINEAR, Activation.SIGMOID, Activation.TANH,
            Activation.RELU, Activation.LEAKY_RELU, Activation.leakyRelu(0.05), Activation.ELU, Activation.SELU,
            Activation.SOFTPLUS, Activation.SOFTSIGN, Activation.SWISH, Activation.GELU, Activation.HARD_SIGMOID,
            Activation.SOFTMAX);

    public static final List<Loss> LOSSES = List.of(Loss.MEAN_SQUARED_ERROR, Loss.MEAN_ABSOLUTE_ERROR,
            Loss.BINARY_CROSSENTROPY, Loss.binaryCrossentropy(true), Loss.CATEGORICAL_CROSSENTROPY,
            Loss.categoricalCrossentropy(true), Loss.SPARSE_CATEGORICAL_CROSSENTROPY, Loss.HINGE);

    private LossPairs() {
    }

    /** Whether compile should accept {@code loss} on an output of {@code units} units with {@code output}. */
    public static boolean valid(Activation output, Loss loss, int units) {
        boolean probability = output == Activation.SIGMOID || output == Activation.HARD_SIGMOID;
        return switch (loss.name()) {
            case "binary_crossentropy" -> probability;
            case "binary_crossentropy_from_logits" -> output == Activation.LINEAR;
            case "categorical_crossentropy", "sparse_categorical_crossentropy" ->
                    units >= 2 && (probability || output == Activation.SOFTMAX);
            case "categorical_crossentropy_from_logits" -> units >= 2 && output == Activation.LINEAR;
            case "mean_squared_error", "mean_absolute_error", "hinge" -> true;
            default -> throw new AssertionError("unknown loss " + loss.name());
        };
    }

    /** Points where the activation's derivative jumps (gradient checks keep pre-activations away from them). */
    public static double[] kinks(Activation a) {
        return switch (a.name()) {
            case "relu", "selu", "elu" -> new double[] {0};
            case "hard_sigmoid" -> new double[] {-3, 3};
            default -> a.name().startsWith("leaky_relu") ? new double[] {0} : new double[0];
        };
    }
}
