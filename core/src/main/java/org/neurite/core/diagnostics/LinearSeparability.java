package org.neurite.core.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether two classes of points are strictly separable by a hyperplane w·x + b (or w·x with
 * {@code withOffset} false): the linear program s_i (w·x_i + b) &gt;= 1 (s_i = ±1 the class) is feasible
 * exactly when they are. Phase 1 of the tableau simplex method ({@link Simplex}, Bland's rule: no cycling).
 * Neither answer is taken on trust: "separable" is returned only when the separator found classifies every
 * row with margin, "inseparable" only with a verified Farkas certificate (y &gt;= 0, Σ y_i s_i x_i = 0,
 * Σ y_i s_i = 0, Σ y_i &gt; 0), otherwise {@link Verdict#UNDECIDED}. Identical rows with opposite classes are
 * inseparable at once. Meant for small data (truth tables): at most {@value #MAX_ROWS} distinct rows.
 */
final class LinearSeparability {
    static final int MAX_ROWS = 300;
    private static final double EPS = Simplex.EPS;

    enum Verdict { SEPARABLE, INSEPARABLE, UNDECIDED }

    /** The verdict and, when inseparable, the certificate's weight per distinct row index of the input. */
    record Result(Verdict verdict, double[] weights, Map<Integer, Double> certificate) {
    }

    private LinearSeparability() {
    }

    static Result decide(double[][] x, boolean[] positive, boolean withOffset) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < x.length; r++) {
            Integer first = seen.putIfAbsent(Arrays.toString(x[r]), r);
            if (first == null) {
                rows.add(r);
            } else if (positive[first] != positive[r]) {
                return new Result(Verdict.INSEPARABLE, null, Map.of(first, 1.0, r, 1.0));
            }
        }
        if (rows.size() > MAX_ROWS) {
            return new Result(Verdict.UNDECIDED, null, Map.of());
        }
        int k = x[0].length + (withOffset ? 1 : 0);
        double[][] a = new double[rows.size()][k];
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            double s = positive[r] ? 1 : -1;
            for (int j = 0; j < x[r].length; j++) {
                a[i][j] = s * x[r][j];
            }
            if (withOffset) {
                a[i][k - 1] = s;
            }
        }
        return solve(a, rows);
    }

    private static Result solve(double[][] a, List<Integer> rows) {
        return verdict(a, phase1(a), rows);
    }

    /**
     * The verdict on phase 1's answer {@code p} for the rows {@code a}: taken only once verified (a separator that
     * gives every row its margin, a Farkas certificate that balances), else UNDECIDED.
     */
    static Result verdict(double[][] a, Phase1 p, List<Integer> rows) {
        if (p.separator() != null) {
            return separates(a, p.separator()) ? new Result(Verdict.SEPARABLE, p.separator(), Map.of())
                    : new Result(Verdict.UNDECIDED, null, Map.of());
        }
        if (!certifies(a, p.farkas())) {
            return new Result(Verdict.UNDECIDED, null, Map.of());
        }
        return new Result(Verdict.INSEPARABLE, null, certificate(minimal(a, p.farkas()), rows));
    }

    /** Phase 1's answer: a candidate separator when the LP is feasible, else a candidate Farkas vector. */
    record Phase1(double[] separator, double[] farkas) {
    }

    private static Phase1 phase1(double[][] a) {
        int n = a.length;
        int k = a[0].length;
        int cols = 2 * k + 2 * n;
        double[][] t = new double[n + 1][cols + 1];
        int[] basis = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                t[i][j] = a[i][j];
                t[i][k + j] = -a[i][j];
            }
            t[i][2 * k + i] = -1;
            int artificial = 2 * k + n + i;
            t[i][artificial] = 1;
            t[i][cols] = 1;
            basis[i] = artificial;
        }
        for (int j = 0; j <= cols; j++) {
            if (j >= 2 * k + n && j < cols) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += t[i][j];
            }
            t[n][j] = -sum;
        }
        Simplex.minimize(t, basis, n, cols);
        double infeasibility = -t[n][cols];
        if (infeasibility <= EPS * n) {
            double[] v = new double[k];
            for (int i = 0; i < n; i++) {
                if (basis[i] < k) {
                    v[basis[i]] += t[i][cols];
                } else if (basis[i] < 2 * k) {
                    v[basis[i] - k] -= t[i][cols];
                }
            }
            return new Phase1(v, null);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1 - t[n][2 * k + n + i];
        }
        return new Phase1(null, y);
    }

    /**
     * The certificate of the minimal inseparable subset that the deletion filter keeps, scanning the rows in their
     * order: row i is dropped when the rows still kept, without it, are inseparable. Which rows are dropped depends
     * only on the data (each step is a verified fact about a subset), not on the pivots that found {@code y}, so
     * the finding lists the same rows whichever valid certificate the solver met first; on a minimal subset the
     * certificate is unique up to its scale. A row that no known certificate uses is dropped without a solve (the
     * certificate still holds without it); a subset the solver cannot decide keeps its row.
     */
    static double[] minimal(double[][] a, double[] y) {
        int n = a.length;
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        double[] cert = y;
        for (int i = 0; i < n; i++) {
            if (!(cert[i] > 0)) {
                keep[i] = false;
                continue;
            }
            keep[i] = false;
            int[] idx = kept(keep);
            double[][] sub = new double[idx.length][];
            for (int j = 0; j < idx.length; j++) {
                sub[j] = a[idx[j]];
            }
            double[] z = idx.length == 0 ? null : phase1(sub).farkas();
            if (z != null && certifies(sub, z)) {
                cert = new double[n];
                for (int j = 0; j < idx.length; j++) {
                    cert[idx[j]] = Math.max(z[j], 0);
                }
            } else {
                keep[i] = true;
            }
        }
        return cert;
    }

    private static int[] kept(boolean[] keep) {
        int count = 0;
        for (boolean b : keep) {
            count += b ? 1 : 0;
        }
        int[] idx = new int[count];
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                idx[j++] = i;
            }
        }
        return idx;
    }

    /** Whether every row of {@code a} (a row times its class's sign) has {@code a_i · v > 0.5}. */
    static boolean separates(double[][] a, double[] v) {
        for (double[] row : a) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += row[j] * v[j];
            }
            if (!(s > 0.5)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code y} is a Farkas certificate for the rows {@code a}: y &gt;= 0 (within -1e-9), Σ y &gt; 1e-7 and
     * |Σ y_i a_ij| &lt;= 1e-7 · (Σ y_i |a_ij| + 1) in every column j.
     */
    static boolean certifies(double[][] a, double[] y) {
        double total = 0;
        for (double yi : y) {
            if (yi < -1e-9) {
                return false;
            }
            total += Math.max(yi, 0);
        }
        if (!(total > 1e-7)) {
            return false;
        }
        for (int j = 0; j < a[0].length; j++) {
            double sum = 0;
            double scale = 0;
            for (int i = 0; i < a.length; i++) {
                sum += Math.max(y[i], 0) * a[i][j];
                scale += Math.max(y[i], 0) * Math.abs(a[i][j]);
            }
            if (Math.abs(sum) > 1e-7 * (scale + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The weights of {@code y} above 1e-9 of its largest, divided by the largest and rounded to 12 decimal places
     * (so that the last bits of another pivot path do not show), keyed by their input row.
     */
    static Map<Integer, Double> certificate(double[] y, List<Integer> rows) {
        double max = Arrays.stream(y).max().orElse(1);
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 1e-9 * max) {
                out.put(rows.get(i), Math.round(y[i] / max * 1e12) / 1e12);
            }
        }
        return out;
    }
}
