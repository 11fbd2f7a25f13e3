package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.core.layers.Dense;

class LossTest {
    private static final double EPS = 1e-7;

    private static double sum(Loss loss, double[] p, double[] y, int rows, int width) {
        return loss.sum(p.clone(), y.clone(), rows, width);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void meanSquaredErrorAveragesOverOutputsWithoutAHalf() {
        // Rows: ((1 − 0)² + 0²) / 2 = 0.5 and ((3 − 1)² + (5 − 1)²) / 2 = 10.
        assertEquals(10.5, sum(Loss.MEAN_SQUARED_ERROR, new double[] {1, 2, 3, 5}, new double[] {0, 2, 1, 1}, 2, 2),
                1e-15);
    }

    @Test
    void meanAbsoluteErrorAveragesOverOutputs() {
        assertEquals(0.5 + 3, sum(Loss.MEAN_ABSOLUTE_ERROR, new double[] {1, 2, 3, 5}, new double[] {0, 2, 1, 1}, 2,
                2), 1e-15);
        double[] grad = new double[2];
        Loss.MEAN_ABSOLUTE_ERROR.gradient(new double[] {2, 1}, new double[] {2, 3}, grad, 1, 2);
        assertEquals(0, grad[0]);
        assertEquals(-0.5, grad[1]);
    }

    @Test
    void binaryCrossentropyMatchesTheFormulaAndKerasClipping() {
        double expected = -Math.log(0.9) - Math.log(1 - 0.2) - (0.3 * Math.log(0.6) + 0.7 * Math.log(0.4));
        assertEquals(expected, sum(Loss.BINARY_CROSSENTROPY, new double[] {0.9, 0.2, 0.6}, new double[] {1, 0, 0.3},
                3, 1), 1e-14);
        // p = 0 with label 1 is clipped to 1e-7 (Keras's epsilon); p = 1 with label 1 to 1 − 1e-7.
        assertEquals(-Math.log(EPS), sum(Loss.BINARY_CROSSENTROPY, new double[] {0}, new double[] {1}, 1, 1), 1e-12);
        assertEquals(-Math.log(1 - EPS), sum(Loss.BINARY_CROSSENTROPY, new double[] {1}, new double[] {1}, 1, 1),
                1e-15);
        // Mean over outputs: two outputs per row halve the sum.
        assertEquals((-Math.log(0.9) - Math.log(0.8)) / 2, sum(Loss.BINARY_CROSSENTROPY, new double[] {0.9, 0.2},
                new double[] {1, 0}, 1, 2), 1e-15);
        double[] grad = new double[2];
        Loss.BINARY_CROSSENTROPY.gradient(new double[] {0, 0.5}, new double[] {1, 1}, grad, 1, 2);
        assertEquals(0, grad[0], "no gradient where the clip is active");
        assertEquals((0.5 - 1) / 0.25 / 2, grad[1], 1e-15);
    }

    @Test
    void fusedBinaryCrossentropyEqualsTheClippedFormAwayFromTheClip() {
        Loss bce = Loss.BINARY_CROSSENTROPY;
        assertTrue(bce.fusesWith(Activation.SIGMOID));
        for (double z : new double[] {-6, -3, -0.5, 0, 0.7, 2, 5}) {
            for (double y : new double[] {0, 0.3, 1}) {
                double p = sigmoid(z);
                double fused = bce.sumFromLogits(new double[] {z}, new double[] {p}, new double[] {y}, 1, 1);
                double clipped = bce.sum(new double[] {p}, new double[] {y}, 1, 1);
                assertEquals(clipped, fused, 1e-12, "z=" + z + ", y=" + y);
                double logits = Loss.binaryCrossentropy(true).sum(new double[] {z}, new double[] {y}, 1, 1);
                assertEquals(clipped, logits, 1e-12, "from logits, z=" + z + ", y=" + y);
            }
        }
        // Width 3, two rows: the fused sum is the per-row mean over outputs of the clipped form, summed over rows.
        double[] z = {-2, 0.5, 3, 1, -1, 0};
        double[] y = {0, 0.4, 1, 1, 0, 0.5};
        double[] p = new double[6];
        double expected = 0;
        for (int i = 0; i < 6; i++) {
            p[i] = sigmoid(z[i]);
            expected -= (y[i] * Math.log(p[i]) + (1 - y[i]) * Math.log(1 - p[i])) / 3;
        }
        assertEquals(expected, bce.sumFromLogits(z, p, y, 2, 3), 1e-12);
        assertEquals(expected, bce.sum(p, y, 2, 3), 1e-12);
        assertEquals(expected, Loss.binaryCrossentropy(true).sum(z, y, 2, 3), 1e-12);
        // Far beyond the clip the fused form stays exact: -ln σ(-30) = 30 + ln(1 + e^-30), the clipped one ≈ 16.1.
        double fused = bce.sumFromLogits(new double[] {-30}, new double[] {sigmoid(-30)}, new double[] {1}, 1, 1);
        assertEquals(30 + Math.log1p(Math.exp(-30)), fused, 1e-12);
        assertEquals(-Math.log(EPS), bce.sum(new double[] {sigmoid(-30)}, new double[] {1}, 1, 1), 1e-9);
    }

    @Test
    void categoricalCrossentropyNormalisesRowsAndClipsAsKeras() {
        Loss cce = Loss.CATEGORICAL_CROSSENTROPY;
        assertEquals(-Math.log(0.5), sum(cce, new double[] {0.2, 0.3, 0.5}, new double[] {0, 0, 1}, 1, 3), 1e-15);
        // Keras divides by the row sum first: (0.4, 0.6, 1.0) / 2 gives the same row as above.
        assertEquals(-Math.log(0.5), sum(cce, new double[] {0.4, 0.6, 1.0}, new double[] {0, 0, 1}, 1, 3), 1e-15);
        // Soft labels: −Σ y ln p.
        assertEquals(-(0.25 * Math.log(0.2) + 0.75 * Math.log(0.5)),
                sum(cce, new double[] {0.2, 0.3, 0.5}, new double[] {0.25, 0, 0.75}, 1, 3), 1e-15);
        assertEquals(-Math.log(EPS), sum(cce, new double[] {1, 0}, new double[] {0, 1}, 1, 2), 1e-9);
    }

    @Test
    void fusedCategoricalCrossentropyIsLogSumExpMinusTheTargetLogit() {
        double[] z = {1, 2, 3};
        double[] p = new double[3];
        Activation.SOFTMAX.forward(z, p, 3, 3);
        double expected = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3;
        Loss cce = Loss.CATEGORICAL_CROSSENTROPY;
        assertTrue(cce.fusesWith(Activation.SOFTMAX));
        assertEquals(expected, cce.sumFromLogits(z, p, new double[] {0, 0, 1}, 1, 3), 1e-14);
        assertEquals(expected, cce.sum(p, new double[] {0, 0, 1}, 1, 3), 1e-14);
        assertEquals(expected, Loss.categoricalCrossentropy(true).sum(z, new double[] {0, 0, 1}, 1, 3), 1e-14);
        // Stable for large logits: shifting every logit by 1000 changes nothing.
        assertEquals(expected, cce.sumFromLogits(new double[] {1001, 1002, 1003}, p, new double[] {0, 0, 1}, 1, 3),
                1e-12);
    }

    @Test
    void sparseCategoricalCrossentropyReadsClassIndicesAndNormalisesAsKeras() {
        Loss scce = Loss.SPARSE_CATEGORICAL_CROSSENTROPY;
        assertEquals(1, scce.labelWidth(3));
        assertEquals(-Math.log(0.5) - Math.log(0.7), sum(scce, new double[] {0.2, 0.3, 0.5, 0.7, 0.2, 0.1},
                new double[] {2, 0}, 2, 3), 1e-14);
        // Keras divides probabilities by their row sum (e.g. sigmoid outputs): 0.6 / (0.2 + 0.6) = 0.75.
        assertEquals(-Math.log(0.75), sum(scce, new double[] {0.2, 0.6}, new double[] {1}, 1, 2), 1e-14);
        double[] z = {1, 2, 3};
        double[] p = new double[3];
        Activation.SOFTMAX.forward(z, p, 3, 3);
        assertEquals(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 1,
                scce.sumFromLogits(z, p, new double[] {0}, 1, 3), 1e-14);
    }

    @Test
    void hingeReadsLabelZeroAsMinusOne() {
        // max(1 − 0.3, 0) = 0.7; label 0 → −1: max(1 − 2, 0) = 0; max(1 + 0.5, 0) = 1.5; mean over 3 outputs.
        double[] p = {0.3, -2, 0.5};
        assertEquals((0.7 + 0 + 1.5) / 3, sum(Loss.HINGE, p, new double[] {1, 0, -1}, 1, 3), 1e-15);
        assertEquals(sum(Loss.HINGE, p, new double[] {1, -1, -1}, 1, 3), sum(Loss.HINGE, p, new double[] {1, 0, 0}, 1,
                3), 1e-15);
        double[] grad = new double[3];
        Loss.HINGE.gradient(p, new double[] {1, 0, -1}, grad, 1, 3);
        assertEquals(-1.0 / 3, grad[0], 1e-15);
        assertEquals(0, grad[1]);
        assertEquals(1.0 / 3, grad[2], 1e-15);
    }

    /** Central difference of loss.sum with respect to p[i] (or z[i] when fused). */
    private static double numeric(Loss loss, boolean fused, double[] p, double[] y, int rows, int width, int i,
                                  double h) {
        double[] plus = p.clone();
        double[] minus = p.clone();
        plus[i] += h;
        minus[i] -= h;
        if (fused) {
            return (loss.sumFromLogits(plus, softmaxOrSigmoid(loss, plus, width), y, rows, width)
                    - loss.sumFromLogits(minus, softmaxOrSigmoid(loss, minus, width), y, rows, width)) / (2 * h);
        }
        return (loss.sum(plus, y, rows, width) - loss.sum(minus, y, rows, width)) / (2 * h);
    }

    /** The activation each loss fuses with: sigmoid for binary cross-entropy (at any width), softmax otherwise. */
    private static double[] softmaxOrSigmoid(Loss loss, double[] z, int width) {
        Activation fused = loss.fusesWith(Activation.SIGMOID) ? Activation.SIGMOID : Activation.SOFTMAX;
        assertTrue(loss.fusesWith(fused), loss + " fuses with " + fused);
        double[] a = new double[z.length];
        fused.forward(z, a, z.length, width);
        return a;
    }

    private static void assertGradientMatches(Loss loss, boolean fused, double[] p, double[] y, int rows, int width) {
        assertGradientMatches(loss, fused, p, y, rows, width, 1e-6, 1e-6);
    }

    private static void assertGradientMatches(Loss loss, boolean fused, double[] p, double[] y, int rows, int width,
                                              double h, double tolerance) {
        double[] grad = new double[p.length];
        if (fused) {
            loss.logitGradient(p.clone(), softmaxOrSigmoid(loss, p, width), y.clone(), grad, rows, width);
        } else {
            loss.gradient(p.clone(), y.clone(), grad, rows, width);
        }
        for (int i = 0; i < p.length; i++) {
            double n = numeric(loss, fused, p, y, rows, width, i, h);
            String where = loss + (fused ? " fused" : "") + " element " + i + " of " + java.util.Arrays.toString(p);
            assertEquals(n, grad[i], tolerance * Math.max(1, Math.abs(n)), where);
        }
    }

    @Test
    void everyLossGradientMatchesCentralDifferencesOfItsSum() {
        double[] p = {0.3, 0.6, 0.1, 0.25, 0.15, 0.6};
        double[] soft = {0.2, 0.5, 0.3, 0, 1, 0};
        assertGradientMatches(Loss.MEAN_SQUARED_ERROR, false, p, soft, 2, 3);
        assertGradientMatches(Loss.MEAN_ABSOLUTE_ERROR, false, p, soft, 2, 3);
        assertGradientMatches(Loss.BINARY_CROSSENTROPY, false, p, soft, 2, 3);
        assertGradientMatches(Loss.binaryCrossentropy(true), false, new double[] {-2, 0.5, 3}, new double[] {0, 0.4, 1},
                3, 1);
        assertGradientMatches(Loss.CATEGORICAL_CROSSENTROPY, false, p, soft, 2, 3);
        assertGradientMatches(Loss.categoricalCrossentropy(true), false, new double[] {-2, 0.5, 3, 1, 1, 0}, soft, 2,
                3);
        assertGradientMatches(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, false, p, new double[] {1, 2}, 2, 3);
        assertGradientMatches(Loss.HINGE, false, new double[] {0.3, -2, 0.5}, new double[] {1, 0, -1}, 1, 3);
        assertGradientMatches(Loss.BINARY_CROSSENTROPY, true, new double[] {-2, 0.5, 3}, new double[] {0, 0.4, 1}, 3,
                1);
        // Width > 1: the mean over outputs divides every fused gradient by the width.
        assertGradientMatches(Loss.BINARY_CROSSENTROPY, true, new double[] {-2, 0.5, 3, 1, -1, 0}, soft, 2, 3);
        assertGradientMatches(Loss.binaryCrossentropy(true), false, new double[] {-2, 0.5, 3, 1, -1, 0}, soft, 2, 3);
        assertGradientMatches(Loss.CATEGORICAL_CROSSENTROPY, true, new double[] {-2, 0.5, 3, 1, 1, 0}, soft, 2, 3);
        assertGradientMatches(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, true, new double[] {-2, 0.5, 3, 1, 1, 0},
                new double[] {0, 2}, 2, 3);
    }

    @Test
    void aProbabilityExactlyAtTheClipBoundCountsAsClippedAndGetsNoGradient() {
        double lo = EPS;
        double hi = 1 - EPS;
        assertEquals(1.0, lo + hi, "the row sums to exactly 1, so q = p");
        double[] grad = new double[2];
        Loss.BINARY_CROSSENTROPY.gradient(new double[] {lo, hi}, new double[] {1, 0}, grad, 1, 2);
        assertEquals(0, grad[0]);
        assertEquals(0, grad[1]);
        // Categorical: both terms clipped, so only the row-sum term −Σ_unclipped y / N remains: zero.
        Loss.CATEGORICAL_CROSSENTROPY.gradient(new double[] {lo, hi}, new double[] {0.5, 0.5}, grad, 1, 2);
        assertEquals(0, grad[0]);
        assertEquals(0, grad[1]);
        // Just inside the bounds both terms count: −y/p + Σy/N.
        double in = 2 * EPS;
        Loss.CATEGORICAL_CROSSENTROPY.gradient(new double[] {in, 1 - in}, new double[] {0.5, 0.5}, grad, 1, 2);
        assertEquals(-0.5 / in + 1, grad[0], 1e-6);
    }

    @Test
    void fromLogitsGradientsStayExactForExtremeLogits() {
        // σ(±800) overflows e^800 in the naive form; the gradient (σ(z) − y) / width must stay exact.
        double[] grad = new double[4];
        Loss.binaryCrossentropy(true).gradient(new double[] {800, -800, 800, -800}, new double[] {0, 1, 1, 0}, grad,
                2, 2);
        assertArrayEquals(new double[] {0.5, -0.5, 0, 0}, grad);
    }

    @Test
    void hingeHasZeroGradientExactlyAtTheMarginAsReluAtZero() {
        // y·p = 1 sits on max(1 − y·p, 0)'s kink; as ReLU's derivative at 0, the flat side is taken.
        double[] grad = new double[2];
        Loss.HINGE.gradient(new double[] {1, -1}, new double[] {1, 0}, grad, 1, 2);
        assertEquals(0, grad[0]);
        assertEquals(0, grad[1]);
    }

    @Test
    void everyLossPrintsAsItsName() {
        for (Loss loss : new Loss[] {Loss.MEAN_SQUARED_ERROR, Loss.MEAN_ABSOLUTE_ERROR, Loss.BINARY_CROSSENTROPY,
                Loss.binaryCrossentropy(true), Loss.CATEGORICAL_CROSSENTROPY, Loss.categoricalCrossentropy(true),
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, Loss.HINGE}) {
            assertEquals(loss.name(), loss.toString());
            assertTrue(loss.name().matches("[a-z_]+"), loss.name());
        }
    }

    @Test
    void categoricalCrossentropyGradientIgnoresOnlyTheClippedTerms() {
        // q0 = 2e-8 is clipped to 1e-7, so its term is constant; the label on q1 still pulls through the row sum.
        // A step of 1e-9 keeps q0 under the clip.
        assertGradientMatches(Loss.CATEGORICAL_CROSSENTROPY, false, new double[] {2e-8, 0.5, 0.5},
                new double[] {0.5, 0.5, 0}, 1, 3, 1e-9, 1e-5);
        assertGradientMatches(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, false, new double[] {2e-8, 0.5, 0.5},
                new double[] {0}, 1, 3, 1e-9, 1e-5);
    }

    @Test
    void labelChecksDescribeWhatEachLossExpects() {
        assertNull(Loss.BINARY_CROSSENTROPY.invalidLabel(0.4, 1));
        assertTrue(Loss.BINARY_CROSSENTROPY.invalidLabel(1.5, 1).contains("[0, 1]"));
        assertTrue(Loss.BINARY_CROSSENTROPY.invalidLabel(-0.1, 1).contains("[0, 1]"));
        assertTrue(Loss.CATEGORICAL_CROSSENTROPY.invalidLabel(2, 3).contains("[0, 1]"));
        assertNull(Loss.SPARSE_CATEGORICAL_CROSSENTROPY.invalidLabel(2, 3));
        assertTrue(Loss.SPARSE_CATEGORICAL_CROSSENTROPY.invalidLabel(3, 3).contains("[0, 2]"));
        assertNotNull(Loss.SPARSE_CATEGORICAL_CROSSENTROPY.invalidLabel(0.5, 3));
        assertNull(Loss.HINGE.invalidLabel(0, 1));
        assertTrue(Loss.HINGE.invalidLabel(0.5, 1).contains("-1, 0 or 1"));
        assertNull(Loss.MEAN_SQUARED_ERROR.invalidLabel(-42, 1));
    }

    @Test
    void compileRejectsExactlyTheActivationAndLossPairsThatCannotTrain() {
        int rejected = 0;
        for (int units : new int[] {1, 3}) {
            for (Activation activation : LossPairs.ACTIVATIONS) {
                for (Loss loss : LossPairs.LOSSES) {
                    Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(units, activation));
                    model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
                    Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
                    String pair = activation + " x " + loss + " on " + units + " units";
                    if (LossPairs.valid(activation, loss, units)) {
                        model.compile(new GradientDescent(0.1), loss);
                        assertSame(loss, model.loss(), pair);
                        continue;
                    }
                    rejected++;
                    Exception e = assertThrows(IllegalArgumentException.class,
                            () -> model.compile(new GradientDescent(0.1), loss), pair);
                    String m = e.getMessage();
                    assertTrue(m.contains("'dense_1'") && m.contains("index 1") && m.contains(loss.name())
                            && (m.contains(activation.name()) || m.contains("units")), pair + ": " + m);
                    before.assertSameAs(model);
                }
            }
        }
        // 224 pairs; valid on 3 units: 14 each for mse, mae, hinge, 2 bce, 1 bce-logits, 3 cce, 1 cce-logits,
        // 3 sparse = 52; on 1 unit the categorical ones drop out: 45.
        assertEquals(2 * 14 * 8 - 52 - 45, rejected);
    }

    @Test
    void categoricalCrossentropyOnOneUnitAndBinaryCrossentropyOnSoftmaxSayWhatToUseInstead() {
        Sequential one = new Sequential(new Dense(1, Activation.SIGMOID));
        Exception e = assertThrows(IllegalArgumentException.class, () -> one.compile("gd", "categorical_crossentropy"));
        assertTrue(e.getMessage().contains("has 1") && e.getMessage().contains("at least 2")
                && e.getMessage().contains("binary_crossentropy"), e.getMessage());
        assertTrue(!one.isCompiled());
        Sequential softmax = new Sequential(new Dense(3, Activation.SOFTMAX));
        e = assertThrows(IllegalArgumentException.class, () -> softmax.compile("gd", "binary_crossentropy"));
        assertTrue(e.getMessage().contains("softmax") && e.getMessage().contains("categorical_crossentropy"),
                e.getMessage());
        assertTrue(!softmax.isCompiled());
    }

    @Test
    void everyLossResolvesFromItsKerasNameAndAliases() {
        for (Loss loss : LossPairs.LOSSES) {
            assertSame(loss, Loss.of(loss.name()), loss.name());
        }
        Map<String, Loss> aliases = Map.of("mse", Loss.MEAN_SQUARED_ERROR, "mae", Loss.MEAN_ABSOLUTE_ERROR,
                "bce", Loss.BINARY_CROSSENTROPY, "cce", Loss.CATEGORICAL_CROSSENTROPY, " Hinge ", Loss.HINGE);
        aliases.forEach((name, loss) -> assertSame(loss, Loss.of(name), name));
    }

    @Test
    void rejectsAnUnknownLossNameListingTheKnownOnes() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> Loss.of("cross_entropy"));
        assertTrue(e.getMessage().contains("'cross_entropy'"), e.getMessage());
        for (String known : new String[] {"mean_squared_error", "mean_absolute_error", "binary_crossentropy",
                "categorical_crossentropy", "sparse_categorical_crossentropy", "hinge"}) {
            assertTrue(e.getMessage().contains(known), known + " missing from: " + e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Loss.of(null));
    }
}
