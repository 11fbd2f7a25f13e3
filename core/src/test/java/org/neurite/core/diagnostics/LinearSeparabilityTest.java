package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearSeparabilityTest {
    private static double[][] truthTable(int bits) {
        double[][] x = new double[1 << bits][bits];
        for (int r = 0; r < x.length; r++) {
            for (int b = 0; b < bits; b++) {
                x[r][b] = (r >> b) & 1;
            }
        }
        return x;
    }

    private static boolean[] labels(double[][] x, java.util.function.Predicate<double[]> f) {
        boolean[] y = new boolean[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = f.test(x[r]);
        }
        return y;
    }

    private static double sum(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v;
        }
        return s;
    }

    /** Checks the certificate independently: Σ y_i s_i (x_i, 1) = 0 with y &gt;= 0 and Σ y &gt; 0. */
    private static void assertCertificate(double[][] x, boolean[] positive, Map<Integer, Double> certificate) {
        double[] sum = new double[x[0].length + 1];
        double total = 0;
        for (Map.Entry<Integer, Double> e : certificate.entrySet()) {
            double s = positive[e.getKey()] ? 1 : -1;
            assertTrue(e.getValue() > 0);
            total += e.getValue();
            for (int j = 0; j < x[0].length; j++) {
                sum[j] += e.getValue() * s * x[e.getKey()][j];
            }
            sum[x[0].length] += e.getValue() * s;
        }
        assertTrue(total > 0);
        for (double v : sum) {
            assertEquals(0, v, 1e-9, () -> "certificate " + certificate);
        }
    }

    @Test
    void xorIsInseparableWithAVerifiedFarkasCertificate() {
        double[][] x = truthTable(2);
        boolean[] y = labels(x, r -> sum(r) == 1);
        LinearSeparability.Result result = LinearSeparability.decide(x, y, true);
        assertEquals(LinearSeparability.Verdict.INSEPARABLE, result.verdict());
        assertCertificate(x, y, result.certificate());
    }

    @Test
    void threeBitParityIsInseparable() {
        double[][] x = truthTable(3);
        boolean[] y = labels(x, r -> ((int) sum(r)) % 2 == 1);
        LinearSeparability.Result result = LinearSeparability.decide(x, y, true);
        assertEquals(LinearSeparability.Verdict.INSEPARABLE, result.verdict());
        assertCertificate(x, y, result.certificate());
    }

    @Test
    void andOrAndMajorityAreSeparableByTheReturnedHyperplane() {
        double[][] x2 = truthTable(2);
        double[][] x3 = truthTable(3);
        Object[][] cases = {{x2, labels(x2, r -> sum(r) == 2)}, {x2, labels(x2, r -> sum(r) >= 1)},
            {x3, labels(x3, r -> sum(r) >= 2)}};
        for (Object[] c : cases) {
            double[][] x = (double[][]) c[0];
            boolean[] y = (boolean[]) c[1];
            LinearSeparability.Result result = LinearSeparability.decide(x, y, true);
            assertEquals(LinearSeparability.Verdict.SEPARABLE, result.verdict());
            double[] w = result.weights();
            for (int r = 0; r < x.length; r++) {
                double z = w[w.length - 1];
                for (int j = 0; j < x[r].length; j++) {
                    z += w[j] * x[r][j];
                }
                assertEquals(y[r], z > 0, "row " + r);
            }
        }
    }

    @Test
    void orNeedsAnOffsetBecauseTheZeroRowLiesOnEveryHyperplaneThroughTheOrigin() {
        double[][] x = truthTable(2);
        boolean[] y = labels(x, r -> sum(r) >= 1);
        assertEquals(LinearSeparability.Verdict.INSEPARABLE, LinearSeparability.decide(x, y, false).verdict());
        assertEquals(LinearSeparability.Verdict.SEPARABLE, LinearSeparability.decide(x, y, true).verdict());
    }

    @Test
    void identicalRowsWithOppositeClassesAreInseparableAtOnce() {
        double[][] x = {{0.5, 2}, {1, 1}, {0.5, 2}};
        LinearSeparability.Result result = LinearSeparability.decide(x, new boolean[] {true, true, false}, true);
        assertEquals(LinearSeparability.Verdict.INSEPARABLE, result.verdict());
        assertEquals(Map.of(0, 1.0, 2, 1.0), result.certificate());
    }

    @Test
    void tooManyDistinctRowsAreLeftUndecided() {
        double[][] x = new double[LinearSeparability.MAX_ROWS + 1][1];
        boolean[] y = new boolean[x.length];
        for (int r = 0; r < x.length; r++) {
            x[r][0] = r;
            y[r] = r % 2 == 0;
        }
        assertEquals(LinearSeparability.Verdict.UNDECIDED, LinearSeparability.decide(x, y, true).verdict());
    }

    /** Checks a separator independently: s_i (w·x_i + b) &gt; 0 on every row (b = 0 without an offset). */
    private static void assertSeparates(double[][] x, boolean[] positive, double[] w, boolean withOffset) {
        assertEquals(x[0].length + (withOffset ? 1 : 0), w.length);
        for (int r = 0; r < x.length; r++) {
            double z = withOffset ? w[x[0].length] : 0;
            for (int j = 0; j < x[0].length; j++) {
                z += w[j] * x[r][j];
            }
            assertTrue((positive[r] ? z : -z) > 0, "row " + r);
        }
    }

    /** Checks a certificate without the offset column: Σ y_i s_i x_i = 0, y &gt; 0, largest weight 1. */
    private static void assertHomogeneousCertificate(double[][] x, boolean[] positive, Map<Integer, Double> c) {
        double[] sum = new double[x[0].length];
        for (Map.Entry<Integer, Double> e : c.entrySet()) {
            assertTrue(e.getValue() > 0);
            for (int j = 0; j < x[0].length; j++) {
                sum[j] += e.getValue() * (positive[e.getKey()] ? 1 : -1) * x[e.getKey()][j];
            }
        }
        for (double v : sum) {
            assertEquals(0, v, 1e-9, () -> "certificate " + c);
        }
    }

    /** Every Boolean function of {@code bits} inputs; returns how many are separable, checking each verdict. */
    private static int separableFunctions(int bits) {
        double[][] x = truthTable(bits);
        int separable = 0;
        for (int f = 0; f < (1 << x.length); f++) {
            boolean[] y = new boolean[x.length];
            for (int r = 0; r < x.length; r++) {
                y[r] = ((f >> r) & 1) == 1;
            }
            LinearSeparability.Result result = LinearSeparability.decide(x, y, true);
            if (result.verdict() == LinearSeparability.Verdict.SEPARABLE) {
                assertSeparates(x, y, result.weights(), true);
                separable++;
            } else {
                assertEquals(LinearSeparability.Verdict.INSEPARABLE, result.verdict(), "function " + f);
                assertCertificate(x, y, result.certificate());
                assertEquals(1.0, result.certificate().values().stream().mapToDouble(Double::doubleValue).max()
                        .orElseThrow(), 1e-12, "the certificate is scaled to a largest weight of 1");
            }
        }
        return separable;
    }

    @Test
    void findsExactlyThePublishedNumberOfThresholdFunctionsOfTwoAndThreeInputs() {
        // OEIS A000609: 14 of the 16 functions of 2 inputs and 104 of the 256 of 3 are linearly separable.
        assertEquals(14, separableFunctions(2));
        assertEquals(104, separableFunctions(3));
    }

    @Test
    void withoutAnOffsetEveryVerdictOnPlusMinusOneInputsIsDecidedAndVerified() {
        double[][] x = truthTable(3);
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 2 * row[j] - 1;
            }
        }
        int separable = 0;
        for (int f = 0; f < 256; f++) {
            boolean[] y = new boolean[8];
            for (int r = 0; r < 8; r++) {
                y[r] = ((f >> r) & 1) == 1;
            }
            LinearSeparability.Result result = LinearSeparability.decide(x, y, false);
            if (result.verdict() == LinearSeparability.Verdict.SEPARABLE) {
                assertSeparates(x, y, result.weights(), false);
                separable++;
            } else {
                assertEquals(LinearSeparability.Verdict.INSEPARABLE, result.verdict(), "function " + f);
                assertHomogeneousCertificate(x, y, result.certificate());
            }
        }
        // Through the origin, sign(w·x): the 4 planes w·x = 0 (x and -x give the same one) are in general position
        // in R^3, so they cut it into 2·(1 + 3 + 3) = 14 regions: the 6 functions ±x_j and the 8 majorities of
        // (±x1, ±x2, ±x3).
        assertEquals(14, separable);
    }

    @Test
    void exactlyMaxRowsDistinctRowsAreStillDecided() {
        double[][] x = new double[LinearSeparability.MAX_ROWS][1];
        boolean[] y = new boolean[x.length];
        for (int r = 0; r < x.length; r++) {
            x[r][0] = r;
            y[r] = r < 150;
        }
        LinearSeparability.Result result = LinearSeparability.decide(x, y, true);
        assertEquals(LinearSeparability.Verdict.SEPARABLE, result.verdict());
        assertSeparates(x, y, result.weights(), true);
    }

    @Test
    void pointsSplitByNoLineThroughTheOriginAreInseparableWithoutAnOffset() {
        // Negatives (1, 0) and (0, 1) need w1 < 0 and w2 < 0, so w·(2, 2) < 0 too, though (2, 2) is positive: the
        // weights 1, 1, 1/2 on the rows (1, 0), (0, 1), (2, 2) balance. (Phase 1 must start from a canonical
        // objective row: with the first artificial column's reduced cost left at -1 this case came out undecided.)
        double[][] x = {{1, 0}, {0, 1}, {2, 2}, {2, 0}};
        boolean[] y = {false, false, true, true};
        LinearSeparability.Result result = LinearSeparability.decide(x, y, false);
        assertEquals(LinearSeparability.Verdict.INSEPARABLE, result.verdict());
        double[] sum = new double[2];
        for (Map.Entry<Integer, Double> e : result.certificate().entrySet()) {
            assertTrue(e.getValue() > 0);
            for (int j = 0; j < 2; j++) {
                sum[j] += e.getValue() * (y[e.getKey()] ? 1 : -1) * x[e.getKey()][j];
            }
        }
        assertEquals(0, sum[0], 1e-9);
        assertEquals(0, sum[1], 1e-9);
        assertEquals(LinearSeparability.Verdict.SEPARABLE, LinearSeparability.decide(x, y, true).verdict(),
                "x1 + x2 > 1.5 separates them with an offset");
    }

    // The checks every answer of the solver passes before it is returned, on candidate answers chosen to fail them
    // (the solver itself never produced a wrong one on the inputs above).

    @Test
    void aSeparatorMustGiveEveryRowAMarginAboveOneHalf() {
        double[][] a = {{1, 0}, {0, 1}};
        assertTrue(LinearSeparability.separates(a, new double[] {1, 1}));
        assertFalse(LinearSeparability.separates(a, new double[] {1, 0.5}), "a margin of exactly 0.5 is not enough");
        assertFalse(LinearSeparability.separates(a, new double[] {1, -1}), "row 1 on the wrong side");
    }

    @Test
    void aFarkasCertificateNeedsNonNegativeWeightsWithAPositiveSumThatBalanceEveryColumn() {
        // OR without an offset: the zero row (positive class) lies on every hyperplane through the origin; its weight
        // alone balances every column.
        double[][] zeroRow = {{0, 0}, {-1, 0}};
        assertTrue(LinearSeparability.certifies(zeroRow, new double[] {1, 0}));
        assertTrue(LinearSeparability.certifies(zeroRow, new double[] {1, -1e-9}), "-1e-9 is within the tolerance");
        assertFalse(LinearSeparability.certifies(zeroRow, new double[] {1, -2e-9}), "a negative weight");
        assertTrue(LinearSeparability.certifies(zeroRow, new double[] {2e-7, 0}));
        assertFalse(LinearSeparability.certifies(zeroRow, new double[] {1e-7, 0}), "a sum of exactly 1e-7 is no sum");
        assertFalse(LinearSeparability.certifies(zeroRow, new double[] {1, 1}), "column 0 sums to -1");
        assertFalse(LinearSeparability.certifies(new double[][] {{0}, {1}}, new double[] {1, 1}),
                "the zero entry does not excuse the column's sum of 1");
    }

    @Test
    void aColumnSumOfExactlyTheToleranceBalances() {
        // One row (s) and weight 1: the column sum and its scale are both s, and s = 1e-7 · (s + 1) exactly.
        double s = 1.00000010000001E-7;
        assertEquals(s, 1e-7 * (s + 1), 0.0, "the construction");
        assertTrue(LinearSeparability.certifies(new double[][] {{s}}, new double[] {1}));
        assertFalse(LinearSeparability.certifies(new double[][] {{Math.nextUp(s)}}, new double[] {1}));
    }

    @Test
    void theCertificateIsScaledToALargestWeightOfOneWithoutWeightsUnderABillionthOfIt() {
        // Weights 4, 2, 4e-9 (exactly a billionth of 4, dropped) and 2e-9, of the input rows 5, 7, 8 and 9.
        assertEquals(Map.of(5, 1.0, 7, 0.5), LinearSeparability.certificate(new double[] {4, 2, 4e-9, 2e-9},
                java.util.List.of(5, 7, 8, 9)));
        assertEquals(Map.of(5, 1.0, 8, 5e-9), LinearSeparability.certificate(new double[] {4, 0, 2e-8},
                java.util.List.of(5, 7, 8)));
    }

    /** Two XOR squares side by side: each is a minimal inseparable set, so two certificates of minimal support exist. */
    private static final double[][] TWO_XORS = {{0, 0}, {1, 1}, {0, 1}, {1, 0}, {3, 0}, {4, 1}, {3, 1}, {4, 0}};
    private static final boolean[] TWO_XOR_LABELS = {true, true, false, false, true, true, false, false};

    /** The rows the deletion filter keeps, recomputed here from verdicts alone: drop row i when the rest stays inseparable. */
    private static java.util.Set<Integer> deletionFilter(double[][] x, boolean[] positive, boolean withOffset) {
        java.util.Set<Integer> keep = new java.util.TreeSet<>();
        for (int r = 0; r < x.length; r++) {
            keep.add(r);
        }
        for (int r = 0; r < x.length; r++) {
            keep.remove(r);
            double[][] sub = keep.stream().map(i -> x[i]).toArray(double[][]::new);
            boolean[] labels = new boolean[sub.length];
            int j = 0;
            for (int i : keep) {
                labels[j++] = positive[i];
            }
            if (sub.length == 0 || LinearSeparability.decide(sub, labels, withOffset).verdict()
                    != LinearSeparability.Verdict.INSEPARABLE) {
                keep.add(r);
            }
        }
        return keep;
    }

    @Test
    void ofTwoMinimalCertificatesTheOneTheDeletionFilterKeepsInRowOrderIsListed() {
        LinearSeparability.Result result = LinearSeparability.decide(TWO_XORS, TWO_XOR_LABELS, true);
        assertEquals(LinearSeparability.Verdict.INSEPARABLE, result.verdict());
        // Rows 0-3 can each go (the second square stays); rows 4-7 cannot (three corners of a square separate).
        assertEquals(Map.of(4, 1.0, 5, 1.0, 6, 1.0, 7, 1.0), result.certificate());
        assertEquals(java.util.Set.of(4, 5, 6, 7), deletionFilter(TWO_XORS, TWO_XOR_LABELS, true));
        assertCertificate(TWO_XORS, TWO_XOR_LABELS, result.certificate());
    }

    /** Random sets of distinct points on a 7 × 7 grid (sets with a repeated point are skipped). */
    @Test
    void theListedCertificateIsMinimalAndTheSameWhicheverClassIsCalledPositive() {
        java.util.Random random = new java.util.Random(18);
        int inseparable = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 6 + random.nextInt(5);
            double[][] x = new double[n][2];
            boolean[] positive = new boolean[n];
            boolean[] negated = new boolean[n];
            for (int r = 0; r < n; r++) {
                x[r][0] = random.nextInt(7);
                x[r][1] = random.nextInt(7);
                positive[r] = random.nextBoolean();
                negated[r] = !positive[r];
            }
            LinearSeparability.Result result = LinearSeparability.decide(x, positive, true);
            boolean distinct = java.util.Arrays.stream(x).map(java.util.Arrays::toString).distinct().count() == n;
            if (!distinct || result.verdict() != LinearSeparability.Verdict.INSEPARABLE) {
                continue;
            }
            inseparable++;
            assertEquals(result.certificate(), LinearSeparability.decide(x, negated, true).certificate(),
                    () -> "classes swapped: " + java.util.Arrays.deepToString(x));
            assertEquals(deletionFilter(x, positive, true), result.certificate().keySet(),
                    () -> java.util.Arrays.deepToString(x) + " " + java.util.Arrays.toString(positive));
            assertCertificate(x, positive, result.certificate());
        }
        assertTrue(inseparable > 100, "inseparable sets among the 300: " + inseparable);
    }

    @Test
    void anAnswerOfPhaseOneThatFailsItsCheckIsLeftUndecided() {
        // XOR's four rows, signed by class, with the offset column: (x1, x2, 1) for the positives, minus it otherwise.
        double[][] a = {{0, 0, 1}, {-1, 0, -1}, {0, -1, -1}, {1, 1, 1}};
        java.util.List<Integer> rows = java.util.List.of(0, 1, 2, 3);
        LinearSeparability.Result noMargin = LinearSeparability.verdict(a,
                new LinearSeparability.Phase1(new double[] {1, 1, 1}, null), rows);
        assertEquals(LinearSeparability.Verdict.UNDECIDED, noMargin.verdict());
        LinearSeparability.Result unbalanced = LinearSeparability.verdict(a,
                new LinearSeparability.Phase1(null, new double[] {1, 1, 0, 0}), rows);
        assertEquals(LinearSeparability.Verdict.UNDECIDED, unbalanced.verdict());
        assertEquals(Map.of(), unbalanced.certificate());
        LinearSeparability.Result balanced = LinearSeparability.verdict(a,
                new LinearSeparability.Phase1(null, new double[] {1, 1, 1, 1}), rows);
        assertEquals(LinearSeparability.Verdict.INSEPARABLE, balanced.verdict());
        assertEquals(Map.of(0, 1.0, 1, 1.0, 2, 1.0, 3, 1.0), balanced.certificate());
    }
}
