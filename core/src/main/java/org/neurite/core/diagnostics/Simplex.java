package org.neurite.core.diagnostics;

/**
 * The tableau simplex method in double, minimizing from a feasible basis with Bland's rule, which never cycles
 * (Bland 1977): the entering column is the lowest-index one whose reduced cost is below -{@value #EPS}, the leaving
 * row the one with the smallest ratio rhs / entry over the entries above {@value #EPS}, ties (ratios within
 * {@value #EPS}) going to the row whose basic variable has the lowest index.
 *
 * <p>The tableau {@code t} has {@code n} constraint rows {@code [A | b]} in canonical form for {@code basis}
 * (column {@code basis[i]} is the i-th unit vector, b &gt;= 0) and, in row {@code n}, the reduced costs and, in the
 * last column, minus the objective's value. The method stops at an optimum (no reduced cost below -{@value #EPS})
 * or when the entering column has no entry above {@value #EPS} (the objective is unbounded below).
 */
final class Simplex {
    static final double EPS = 1e-9;
    /** A safety net only: Bland's rule visits each basis at most once. */
    static final int MAX_PIVOTS = 50_000;

    private Simplex() {
    }

    /**
     * Pivots {@code t} and {@code basis} in place until optimal or unbounded ({@code cols} = b's column index), at
     * most {@value #MAX_PIVOTS} times; returns the number of pivots made.
     */
    static int minimize(double[][] t, int[] basis, int n, int cols) {
        return minimize(t, basis, n, cols, MAX_PIVOTS);
    }

    /** {@link #minimize(double[][], int[], int, int)} with at most {@code maxPivots} pivots. */
    static int minimize(double[][] t, int[] basis, int n, int cols, int maxPivots) {
        for (int guard = 0; guard < maxPivots; guard++) {
            int enter = -1;
            for (int j = 0; j < cols && enter < 0; j++) {
                if (t[n][j] < -EPS) {
                    enter = j;
                }
            }
            if (enter < 0) {
                return guard;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (t[i][enter] > EPS) {
                    double ratio = t[i][cols] / t[i][enter];
                    if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return guard;
            }
            pivot(t, leave, enter);
            basis[leave] = enter;
        }
        return maxPivots;
    }

    private static void pivot(double[][] t, int row, int col) {
        double p = t[row][col];
        double[] pr = t[row];
        for (int j = 0; j < pr.length; j++) {
            pr[j] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            double f = t[i][col];
            if (i != row && f != 0) {
                double[] ti = t[i];
                for (int j = 0; j < ti.length; j++) {
                    ti[j] -= f * pr[j];
                }
            }
        }
    }
}
