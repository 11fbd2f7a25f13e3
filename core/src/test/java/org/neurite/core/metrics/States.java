package org.neurite.core.metrics;

import org.neurite.core.Metric;

/** Feeds rows to a metric's state, as fit and evaluate do, and reads the result. */
final class States {
    private States() {
    }

    /** The result after feeding {@code p} and {@code y} (rows × width, one label per output) unweighted. */
    static double[] result(Metric metric, double[][] p, double[][] y) {
        return result(metric, p, y, null);
    }

    static double[] result(Metric metric, double[][] p, double[][] y, double[] w) {
        Metric.State state = metric.newState(p[0].length, y[0].length);
        state.update(flat(p), flat(y), w, p.length, p[0].length, y[0].length);
        return state.result();
    }

    static double[] flat(double[][] rows) {
        int width = rows[0].length;
        double[] out = new double[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out, r * width, width);
        }
        return out;
    }
}
