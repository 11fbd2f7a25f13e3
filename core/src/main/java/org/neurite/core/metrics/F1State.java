package org.neurite.core.metrics;

import java.util.Arrays;
import org.neurite.core.Metric;

/** {@link F1Score}'s weighted tp, fp, fn and support per class (one pooled class for MICRO). */
final class F1State implements Metric.State {
    private static final double EPSILON = 1e-7;
    private final F1Score f1;
    private final double[] tp;
    private final double[] fp;
    private final double[] fn;
    private final double[] support;

    F1State(F1Score f1, int width) {
        this.f1 = f1;
        int classes = f1.average() == F1Score.Average.MICRO ? 1 : width;
        tp = new double[classes];
        fp = new double[classes];
        fn = new double[classes];
        support = new double[classes];
    }

    @Override
    public void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth) {
        boolean micro = tp.length == 1 && width > 1;
        for (int r = 0; r < rows; r++) {
            double weight = w == null ? 1 : w[r];
            int row = r * width;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = row; i < row + width; i++) {
                max = Math.max(max, p[i]);
            }
            for (int j = 0; j < width; j++) {
                double q = p[row + j];
                double predicted = Double.isNaN(f1.threshold()) ? (q >= max && Math.abs(q) > 1e-9 ? 1 : 0)
                        : (q > f1.threshold() ? 1 : 0);
                double actual = y[row + j];
                int c = micro ? 0 : j;
                tp[c] += weight * predicted * actual;
                fp[c] += weight * predicted * (1 - actual);
                fn[c] += weight * (1 - predicted) * actual;
                support[c] += weight * actual;
            }
        }
    }

    @Override
    public double[] result() {
        int classes = tp.length;
        double[] scores = new double[classes];
        for (int c = 0; c < classes; c++) {
            double precision = tp[c] / (tp[c] + fp[c] + EPSILON);
            double recall = tp[c] / (tp[c] + fn[c] + EPSILON);
            scores[c] = 2 * (precision * recall / (precision + recall + EPSILON));
        }
        switch (f1.average()) {
            case NONE:
                return scores;
            case WEIGHTED: {
                double total = Arrays.stream(support).sum() + EPSILON;
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    sum += scores[c] * support[c] / total;
                }
                return new double[] {sum};
            }
            default:
                return new double[] {Arrays.stream(scores).average().orElse(0)};
        }
    }

    @Override
    public void reset() {
        Arrays.fill(tp, 0);
        Arrays.fill(fp, 0);
        Arrays.fill(fn, 0);
        Arrays.fill(support, 0);
    }
}
