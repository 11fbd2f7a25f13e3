package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.neurite.core.layers.Dense;

class ActivationTest {
    private static final double[] POINTS = {-4, -2.5, -1, -0.3, 0.4, 1, 2, 3.5};
    private static final double SELU_ALPHA = 1.6732632423543772;
    private static final double SELU_SCALE = 1.0507009873554805;

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Hand formulas, written from Keras 3's documentation. */
    private static final Map<Activation, DoubleUnaryOperator> FORMULAS = Map.ofEntries(
            Map.entry(Activation.LINEAR, z -> z),
            Map.entry(Activation.SIGMOID, ActivationTest::sigmoid),
            Map.entry(Activation.TANH, z -> (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z))),
            Map.entry(Activation.RELU, z -> z > 0 ? z : 0),
            Map.entry(Activation.LEAKY_RELU, z -> z > 0 ? z : 0.2 * z),
            Map.entry(Activation.ELU, z -> z > 0 ? z : Math.exp(z) - 1),
            Map.entry(Activation.SELU, z -> SELU_SCALE * (z > 0 ? z : SELU_ALPHA * (Math.exp(z) - 1))),
            Map.entry(Activation.SOFTPLUS, z -> Math.log(1 + Math.exp(z))),
            Map.entry(Activation.SOFTSIGN, z -> z / (1 + Math.abs(z))),
            Map.entry(Activation.SWISH, z -> z / (1 + Math.exp(-z))),
            Map.entry(Activation.HARD_SIGMOID, z -> Math.min(6, Math.max(0, z + 3)) / 6));

    /** Their derivatives. */
    private static final Map<Activation, DoubleUnaryOperator> DERIVATIVES = Map.ofEntries(
            Map.entry(Activation.LINEAR, z -> 1),
            Map.entry(Activation.SIGMOID, z -> sigmoid(z) * (1 - sigmoid(z))),
            Map.entry(Activation.TANH, z -> 4 / Math.pow(Math.exp(z) + Math.exp(-z), 2)),
            Map.entry(Activation.RELU, z -> z > 0 ? 1 : 0),
            Map.entry(Activation.LEAKY_RELU, z -> z > 0 ? 1 : 0.2),
            Map.entry(Activation.ELU, z -> z > 0 ? 1 : Math.exp(z)),
            Map.entry(Activation.SELU, z -> SELU_SCALE * (z > 0 ? 1 : SELU_ALPHA * Math.exp(z))),
            Map.entry(Activation.SOFTPLUS, ActivationTest::sigmoid),
            Map.entry(Activation.SOFTSIGN, z -> 1 / Math.pow(1 + Math.abs(z), 2)),
            Map.entry(Activation.SWISH, z -> sigmoid(z) * (1 + z * (1 - sigmoid(z)))),
            Map.entry(Activation.HARD_SIGMOID, z -> Math.abs(z) < 3 ? 1.0 / 6 : 0));

    private static double derivative(Activation a, double z) {
        double[] in = {z};
        double[] out = {a.apply(z)};
        double[] grad = {1};
        a.backward(in, out, grad, 1, 1);
        return grad[0];
    }

    @Test
    void everyElementWiseActivationMatchesItsHandFormulaAtChosenPoints() {
        for (Map.Entry<Activation, DoubleUnaryOperator> e : FORMULAS.entrySet()) {
            for (double z : POINTS) {
                double expected = e.getValue().applyAsDouble(z);
                assertEquals(expected, e.getKey().apply(z), 1e-14 * Math.max(1, Math.abs(expected)),
                        e.getKey() + " at " + z);
            }
        }
    }

    @Test
    void everyElementWiseBackwardMatchesItsHandDerivativeAtChosenPoints() {
        for (Map.Entry<Activation, DoubleUnaryOperator> e : DERIVATIVES.entrySet()) {
            for (double z : POINTS) {
                assertEquals(e.getValue().applyAsDouble(z), derivative(e.getKey(), z), 1e-13, e.getKey() + "' at " + z);
            }
        }
    }

    @Test
    void geluMatchesPublishedNormalCdfValues() {
        // gelu(z) = z·Φ(z); Φ(0.5) = 0.6914624612740131, Φ(1) = 0.8413447460685429, Φ(2) = 0.9772498680518208.
        assertEquals(0.5 * 0.6914624612740131, Activation.GELU.apply(0.5), 1e-14);
        assertEquals(0.8413447460685429, Activation.GELU.apply(1), 1e-14);
        assertEquals(-1 * (1 - 0.8413447460685429), Activation.GELU.apply(-1), 1e-14);
        assertEquals(2 * 0.9772498680518208, Activation.GELU.apply(2), 1e-14);
        // gelu'(z) = Φ(z) + z·φ(z); φ(1) = 0.24197072451914337.
        assertEquals(0.8413447460685429 + 0.24197072451914337, derivative(Activation.GELU, 1), 1e-13);
    }

    @Test
    void atAKinkTheDerivativeIsTheOneOfTheZLessOrEqualZeroSideAsReluHasZeroAtZero() {
        // SELU's sides differ at 0 (scale·alpha on the left, scale on the right); the z <= 0 branch is used.
        assertEquals(1.0507009873554805 * 1.6732632423543772, derivative(Activation.SELU, 0), 1e-12);
        assertEquals(0.2, derivative(Activation.of("leaky_relu"), 0), 1e-15);
        assertEquals(0.1, derivative(Activation.leakyRelu(0.1), 0), 1e-15);
        // ELU is smooth at 0 (both sides give 1); hard_sigmoid = relu6(z + 3) / 6 is flat at its corners ±3.
        assertEquals(1, derivative(Activation.ELU, 0), 1e-15);
        assertEquals(0, derivative(Activation.HARD_SIGMOID, -3));
        assertEquals(0, derivative(Activation.HARD_SIGMOID, 3));
        assertEquals(1.0 / 6, derivative(Activation.HARD_SIGMOID, 2.999), 1e-15);
        assertEquals(1.0 / 6, derivative(Activation.HARD_SIGMOID, -2.999), 1e-15);
    }

    @Test
    void reluHasZeroDerivativeAtZeroAsTensorFlow() {
        assertEquals(0, derivative(Activation.RELU, 0));
        assertEquals(0, Activation.RELU.apply(0));
    }

    @Test
    void softmaxMatchesHandValuesRowByRowAndStaysFiniteForLargeInputs() {
        double[] z = {1, 2, 3, 1000, 1001, 999};
        double[] a = new double[6];
        Activation.SOFTMAX.forward(z, a, 6, 3);
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(1) / sum, a[0], 1e-15);
        assertEquals(Math.exp(2) / sum, a[1], 1e-15);
        assertEquals(Math.exp(3) / sum, a[2], 1e-15);
        // Shifting a row by a constant leaves softmax unchanged: row 2 is (1, 2, 0) shifted by 999.
        double sum2 = Math.exp(1) + Math.exp(2) + 1;
        assertEquals(Math.exp(1) / sum2, a[3], 1e-15);
        assertEquals(Math.exp(2) / sum2, a[4], 1e-15);
        assertEquals(1 / sum2, a[5], 1e-15);
    }

    @Test
    void softmaxBackwardIsTheJacobianTransposeTimesTheGradient() {
        double[] z = {0.3, -1.2, 2.0};
        double[] a = new double[3];
        Activation.SOFTMAX.forward(z, a, 3, 3);
        double[] g = {0.5, -2, 1.5};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double jacobian = a[j] * ((i == j ? 1 : 0) - a[i]); // d a_j / d z_i
                expected[i] += jacobian * g[j];
            }
        }
        double[] grad = g.clone();
        Activation.SOFTMAX.backward(z, a, grad, 3, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], grad[i], 1e-15);
        }
    }

    @Test
    void sigmoidAndSoftplusStayFiniteAndExactForExtremeInputs() {
        assertEquals(1.0, Activation.SIGMOID.apply(800));
        assertEquals(0.0, Activation.SIGMOID.apply(-800));
        assertEquals(Math.exp(-40), Activation.SIGMOID.apply(-40), 1e-30);
        assertEquals(800, Activation.SOFTPLUS.apply(800));
        assertEquals(Math.exp(-50), Activation.SOFTPLUS.apply(-50), 1e-35);
    }

    @Test
    void outputsStayWithinTheDeclaredBoundsAndSwishAndGeluBoundsAreTheirMinima() {
        for (Activation a : LossPairs.ACTIVATIONS) {
            double min = Double.POSITIVE_INFINITY;
            for (double z = -20; z <= 20; z += 0.001) {
                double v = a == Activation.SOFTMAX ? 1.0 : a.apply(z);
                assertTrue(v >= a.lowerBound() && v <= a.upperBound(), a + "(" + z + ") = " + v + " is outside ["
                        + a.lowerBound() + ", " + a.upperBound() + "]");
                min = Math.min(min, v);
            }
            if (a == Activation.SWISH || a == Activation.GELU) {
                assertEquals(a.lowerBound(), min, 5e-7, a + " minimum (grid step 1e-3)");
            }
        }
    }

    @Test
    void everyActivationResolvesFromItsKerasName() {
        for (Activation a : LossPairs.ACTIVATIONS) {
            assertEquals(a, Activation.of(a.name()), a.name());
        }
        assertSame(Activation.SWISH, Activation.of("silu"));
        assertSame(Activation.RELU, Activation.of(" ReLU "));
        assertEquals(0.1 * -3, Activation.of("leaky_relu(0.1)").apply(-3), 1e-15);
        assertEquals(0.1 * -3, Activation.of("leaky_relu(alpha=0.1)").apply(-3), 1e-15);
        assertEquals(0.2 * -3, Activation.of("leaky_relu").apply(-3), 1e-15);
        assertEquals(0.05 * -2, Activation.leakyRelu(0.05).apply(-2), 1e-15);
    }

    @Test
    void rejectsAnUnknownActivationNameListingTheKnownOnes() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> Activation.of("relu7"));
        assertTrue(e.getMessage().contains("'relu7'"), e.getMessage());
        for (String known : new String[] {"linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "softplus",
                "softsign", "swish", "silu", "gelu", "hard_sigmoid", "softmax"}) {
            assertTrue(e.getMessage().contains(known), known + " missing from: " + e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Dense(2, "sigmoidd"));
        e = assertThrows(IllegalArgumentException.class, () -> Activation.of("leaky_relu(abc)"));
        assertTrue(e.getMessage().contains("abc"), e.getMessage());
    }

    @Test
    void rejectsANegativeOrNonFiniteLeakyReluSlope() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> Activation.leakyRelu(-0.1));
        assertTrue(e.getMessage().contains("alpha=-0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activation.leakyRelu(Double.NaN));
        assertFalse(Activation.leakyRelu(0.1).equals(Activation.LEAKY_RELU));
        // Slope 0, the edge of the allowed range, is accepted: ReLU's values and derivative.
        Activation flat = Activation.leakyRelu(0);
        assertEquals(0, flat.apply(-2), 0.0);
        assertEquals(3, flat.apply(3));
        assertEquals(0, derivative(flat, -2));
        assertEquals(1, derivative(flat, 3));
    }

    @Test
    void everyActivationPrintsAsItsName() {
        for (String name : new String[] {"linear", "sigmoid", "tanh", "relu", "leaky_relu", "leaky_relu(0.1)", "elu",
            "selu", "softplus", "softsign", "swish", "gelu", "hard_sigmoid", "softmax"}) {
            Activation a = Activation.of(name);
            assertEquals(name, a.name());
            assertEquals(name, a.toString());
        }
    }
}
