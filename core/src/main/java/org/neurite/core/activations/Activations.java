package org.neurite.core.activations;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Erf;
import org.neurite.core.Activation;

/** The built-in activations and their lookup by Keras name. */
public final class Activations {
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;
    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);

    public static final Activation LINEAR = new Linear();
    public static final Activation SIGMOID = new Sigmoid();
    public static final Activation TANH = new Tanh();
    public static final Activation RELU = new Relu();
    public static final Activation SOFTMAX = new Softmax();
    public static final Activation ELU = new Pointwise("elu", -1, Double.POSITIVE_INFINITY,
            z -> z > 0 ? z : Math.expm1(z), (z, a) -> z > 0 ? 1 : a + 1);
    public static final Activation SELU = new Pointwise("selu", -SELU_SCALE * SELU_ALPHA, Double.POSITIVE_INFINITY,
            z -> SELU_SCALE * (z > 0 ? z : SELU_ALPHA * Math.expm1(z)),
            (z, a) -> z > 0 ? SELU_SCALE : a + SELU_SCALE * SELU_ALPHA);
    public static final Activation SOFTPLUS = new Pointwise("softplus", 0, Double.POSITIVE_INFINITY,
            z -> Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))), (z, a) -> Sigmoid.sigmoid(z));
    public static final Activation SOFTSIGN = new Pointwise("softsign", -1, 1,
            z -> z / (1 + Math.abs(z)), (z, a) -> 1 / ((1 + Math.abs(z)) * (1 + Math.abs(z))));
    public static final Activation SWISH = new Pointwise("swish", -0.27846454276107380, Double.POSITIVE_INFINITY,
            z -> z * Sigmoid.sigmoid(z), (z, a) -> {
                double s = Sigmoid.sigmoid(z);
                return s + z * s * (1 - s);
            });
    public static final Activation GELU = new Pointwise("gelu", -0.16997120747934137, Double.POSITIVE_INFINITY,
            z -> 0.5 * z * (1 + Erf.erf(z * SQRT_HALF)),
            (z, a) -> 0.5 * (1 + Erf.erf(z * SQRT_HALF)) + z * INV_SQRT_2PI * Math.exp(-0.5 * z * z));
    public static final Activation HARD_SIGMOID = new Pointwise("hard_sigmoid", 0, 1,
            z -> Math.min(Math.max(z / 6 + 0.5, 0), 1), (z, a) -> z > -3 && z < 3 ? 1.0 / 6 : 0);

    /** Names accepted by {@link #byName(String)}. */
    public static final List<String> NAMES = List.of("linear", "sigmoid", "tanh", "relu", "leaky_relu",
            "leaky_relu(alpha)", "elu", "selu", "softplus", "softsign", "swish", "silu", "gelu", "hard_sigmoid",
            "softmax");

    private Activations() {
    }

    /** Leaky ReLU with slope {@code alpha} for negative inputs. */
    public static Activation leakyRelu(double alpha) {
        if (!Double.isFinite(alpha) || alpha < 0) {
            throw new IllegalArgumentException("leaky_relu alpha must be a finite number >= 0; received alpha="
                    + alpha + ". Keras's default is 0.2.");
        }
        String name = alpha == 0.2 ? "leaky_relu" : "leaky_relu(" + alpha + ")";
        return new Pointwise(name, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                z -> z > 0 ? z : alpha * z, (z, a) -> z > 0 ? 1 : alpha);
    }

    /** Resolves a Keras activation name. */
    public static Activation byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("activation name must not be null; known: " + NAMES);
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("leaky_relu(") && key.endsWith(")")) {
            String arg = key.substring("leaky_relu(".length(), key.length() - 1).replace("alpha=", "");
            try {
                return leakyRelu(Double.parseDouble(arg));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("activation '" + name + "': alpha '" + arg
                        + "' is not a number. Write leaky_relu(0.1).", e);
            }
        }
        return switch (key) {
            case "linear", "none" -> LINEAR;
            case "sigmoid" -> SIGMOID;
            case "tanh" -> TANH;
            case "relu" -> RELU;
            case "leaky_relu" -> Activation.LEAKY_RELU;
            case "elu" -> ELU;
            case "selu" -> SELU;
            case "softplus" -> SOFTPLUS;
            case "softsign" -> SOFTSIGN;
            case "swish", "silu" -> SWISH;
            case "gelu" -> GELU;
            case "hard_sigmoid" -> HARD_SIGMOID;
            case "softmax" -> SOFTMAX;
            default -> throw new IllegalArgumentException("Unknown activation '" + name + "'. Known activations: "
                    + NAMES + ".");
        };
    }
}
