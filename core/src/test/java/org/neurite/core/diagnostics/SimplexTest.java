package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The simplex method as a unit, on linear programs whose answers are known. */
class SimplexTest {
    /** A solved program: the final tableau and basis. */
    private record Solved(double[][] t, int[] basis, int n, int cols, int pivots) {
        /** The objective's value (the tableau holds its negative). */
        double value() {
            return -t[n][cols];
        }

        /** x_j for j < count: the rhs of the row where j is basic, else 0. */
        double[] x(int count) {
            double[] x = new double[count];
            for (int i = 0; i < n; i++) {
                if (basis[i] < count) {
                    x[basis[i]] = t[i][cols];
                }
            }
            return x;
        }
    }

    /**
     * Minimizes c·x subject to A x &lt;= b (b &gt;= 0), x &gt;= 0, from the slack basis: columns x_0..x_{m-1}, then the
     * slacks; the reduced costs start as c.
     */
    /** With the default limit ({@link Simplex#MAX_PIVOTS}, through the four-argument method). */
    private static Solved minimize(double[][] a, double[] b, double[] c) {
        return minimize(a, b, c, -1);
    }

    /** With at most {@code maxPivots} pivots, or the default limit when it is negative. */
    private static Solved minimize(double[][] a, double[] b, double[] c, int maxPivots) {
        int n = a.length;
        int m = c.length;
        int cols = m + n;
        double[][] t = new double[n + 1][cols + 1];
        int[] basis = new int[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, t[i], 0, m);
            t[i][m + i] = 1;
            t[i][cols] = b[i];
            basis[i] = m + i;
        }
        System.arraycopy(c, 0, t[n], 0, m);
        int pivots = maxPivots < 0 ? Simplex.minimize(t, basis, n, cols)
                : Simplex.minimize(t, basis, n, cols, maxPivots);
        return new Solved(t, basis, n, cols, pivots);
    }

    @Test
    void theWyndorGlassProgramReachesItsOptimumOf36() {
        // Hillier & Lieberman's example: max 3 x1 + 5 x2, x1 <= 4, 2 x2 <= 12, 3 x1 + 2 x2 <= 18: x = (2, 6), 36.
        Solved s = minimize(new double[][] {{1, 0}, {0, 2}, {3, 2}}, new double[] {4, 12, 18}, new double[] {-3, -5});
        assertEquals(-36, s.value(), 1e-12);
        assertArrayEquals(new double[] {2, 6}, s.x(2), 1e-12);
    }

    @Test
    void thePivotLimitStopsAfterExactlyThatManyPivots() {
        // Bland's rule on Wyndor, by hand: x1 enters (row 1 leaves, value -12), x2 enters (row 3, x = (4, 3), -27),
        // the first slack enters (row 2, x = (2, 6), -36): three pivots to the optimum.
        double[][] a = {{1, 0}, {0, 2}, {3, 2}};
        double[] b = {4, 12, 18};
        double[] c = {-3, -5};
        double[] values = {0, -12, -27, -36};
        for (int limit = 0; limit <= 4; limit++) {
            Solved s = minimize(a, b, c, limit);
            assertEquals(Math.min(limit, 3), s.pivots(), "limit " + limit);
            assertEquals(values[Math.min(limit, 3)], s.value(), 1e-12, "limit " + limit);
        }
        assertEquals(3, minimize(a, b, c).pivots());
    }

    @Test
    void bealesCyclingExampleTerminatesAtItsOptimumUnderBlandsRule() {
        // Beale (1955): min -3/4 x4 + 20 x5 - 1/2 x6 + 6 x7 subject to
        //   1/4 x4 - 8 x5 - x6 + 9 x7 <= 0,  1/2 x4 - 12 x5 - 1/2 x6 + 3 x7 <= 0,  x6 <= 1.
        // Degenerate at the start (two rows tie at ratio 0); the largest-coefficient rule with the first tied row
        // cycles through six bases forever. The optimum is -5/4 at x4 = 1, x6 = 1.
        Solved s = minimize(new double[][] {{0.25, -8, -1, 9}, {0.5, -12, -0.5, 3}, {0, 0, 1, 0}},
                new double[] {0, 0, 1}, new double[] {-0.75, 20, -0.5, 6});
        assertEquals(-1.25, s.value(), 1e-12);
        assertArrayEquals(new double[] {1, 0, 1, 0}, s.x(4), 1e-12);
    }

    @Test
    void anUnboundedProgramStopsAtTheColumnWithoutAPositiveEntry() {
        // min -x1 - x2 subject to x1 - x2 <= 1: x1 enters (x1 = 1), then x2 has reduced cost -2 and only a
        // negative entry: the objective falls without limit and the method stops there.
        Solved s = minimize(new double[][] {{1, -1}}, new double[] {1}, new double[] {-1, -1});
        assertArrayEquals(new int[] {0}, s.basis());
        assertEquals(-1, s.value(), 1e-12);
        assertEquals(1, s.pivots(), "one pivot, then the unbounded column");
        assertEquals(-2, s.t()[1][1], 1e-12, "x2's reduced cost: still improving, but unbounded");
    }

    @Test
    void reducedCostsAndEntriesOfExactlyTheToleranceCountAsZero() {
        // min -1e-9 x1, x1 <= 1: a reduced cost of exactly -1e-9 is not below -1e-9, so x = 0 is optimal.
        Solved flat = minimize(new double[][] {{1}}, new double[] {1}, new double[] {-Simplex.EPS});
        assertEquals(0, flat.value(), 0.0);
        assertArrayEquals(new int[] {1}, flat.basis());
        // min -x1, 1e-9 x1 <= 1: an entry of exactly 1e-9 is no pivot, so the program counts as unbounded.
        Solved tiny = minimize(new double[][] {{Simplex.EPS}}, new double[] {1}, new double[] {-1});
        assertArrayEquals(new int[] {1}, tiny.basis());
        assertEquals(0, tiny.value(), 0.0);
    }

    /**
     * min -x0 subject to two rows x0 + x1 + s3 = r0 and x0 + s2 = r1, row 0's basic variable s3 (index 3) and row 1's
     * s2 (index 2): x0 enters, and the ratio test compares r0 and r1.
     */
    private static int[] leavingTie(double r0, double r1, boolean swapIndices) {
        double[][] t = {{1, 1, 0, 1, r0}, {1, 0, 1, 0, r1}, {-1, 0, 0, 0, 0}};
        int[] basis = {3, 2};
        if (swapIndices) {
            t = new double[][] {{1, 1, 1, 0, r0}, {1, 0, 0, 1, r1}, {-1, 0, 0, 0, 0}};
            basis = new int[] {2, 3};
        }
        Simplex.minimize(t, basis, 2, 4);
        return basis;
    }

    @Test
    void aTieInTheRatioTestGoesToTheLowestIndexedBasicVariableNotTheFirstRow() {
        assertArrayEquals(new int[] {3, 0}, leavingTie(1, 1, false), "s2 leaves, though row 0 comes first");
        assertArrayEquals(new int[] {0, 3}, leavingTie(1, 1, true), "s2 leaves, in row 0 now");
    }

    @Test
    void ratiosWithinTheToleranceTieAndFurtherApartTheSmallerWins() {
        // 1e-9 and 0 differ by exactly the tolerance: a tie, so the lower index (s2, row 1) leaves.
        assertArrayEquals(new int[] {3, 0}, leavingTie(Simplex.EPS, 0, false));
        // The same tie with the indices swapped: s2 in row 0 has the larger ratio but leaves on the tie.
        assertArrayEquals(new int[] {0, 3}, leavingTie(Simplex.EPS, 0, true));
        // 2e-9 and 0 are no tie: the smaller ratio's row (row 1, s3) leaves whatever its index.
        assertArrayEquals(new int[] {2, 0}, leavingTie(2 * Simplex.EPS, 0, true));
    }
}
