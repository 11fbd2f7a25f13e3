package org.neurite.core.metrics;

import java.util.Arrays;
import org.neurite.core.Metric;

/**
 * {@link Auc}'s counts, kept per bucket as Keras's evenly-spaced-thresholds path does: a prediction p lands in
 * bucket max(0, ⌈p·(n−1)⌉ − 1), and tp/fp at threshold i are the sums of buckets i … n−1. O(1) per output.
 * One set of buckets per curve: one in all, or one per output column with {@code multiLabel}.
 */
final class AucState implements Metric.State {
    private final Auc auc;
    private final int n;
    private final int curves;
    private final double[] positives;
    private final double[] negatives;

    AucState(Auc auc, int curves) {
        this.auc = auc;
        this.n = auc.numThresholds();
        this.curves = curves;
        this.positives = new double[n * curves];
        this.negatives = new double[n * curves];
    }

    @Override
    public void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth) {
        for (int r = 0; r < rows; r++) {
            double weight = w == null ? 1 : w[r];
            for (int j = 0; j < width; j++) {
                int i = r * width + j;
                double q = auc.fromLogits() ? 1 / (1 + Math.exp(-p[i])) : p[i];
                q = Math.min(Math.max(q, 0), 1);
                int bucket = (curves == 1 ? 0 : j * n) + Math.max(0, (int) Math.ceil(q * (n - 1)) - 1);
                if (y[i] != 0) {
                    positives[bucket] += weight;
                } else {
                    negatives[bucket] += weight;
                }
            }
        }
    }

    /** The area, or the mean of the columns' areas with {@code multiLabel}. */
    @Override
    public double[] result() {
        double sum = 0;
        for (int c = 0; c < curves; c++) {
            sum += area(c * n);
        }
        return new double[] {sum / curves};
    }

    private double area(int from) {
        double[] tp = new double[n];
        double[] fp = new double[n];
        double tpSum = 0;
        double fpSum = 0;
        for (int i = n - 1; i >= 0; i--) {
            tpSum += positives[from + i];
            fpSum += negatives[from + i];
            tp[i] = tpSum;
            fp[i] = fpSum;
        }
        double[] fn = new double[n];
        double[] tn = new double[n];
        for (int i = 0; i < n; i++) {
            fn[i] = tp[0] - tp[i];
            tn[i] = fp[0] - fp[i];
        }
        if (auc.curve() == Auc.Curve.PR && auc.summation() == Auc.Summation.INTERPOLATION) {
            return interpolatedPr(tp, fp, fn);
        }
        boolean roc = auc.curve() == Auc.Curve.ROC;
        double area = 0;
        for (int i = 0; i < n - 1; i++) {
            // ROC: x = fp rate, y = recall. PR: x = recall, y = precision.
            double x0 = roc ? divideNoNan(fp[i], fp[i] + tn[i]) : divideNoNan(tp[i], tp[i] + fn[i]);
            double x1 = roc ? divideNoNan(fp[i + 1], fp[i + 1] + tn[i + 1])
                    : divideNoNan(tp[i + 1], tp[i + 1] + fn[i + 1]);
            double y0 = divideNoNan(tp[i], tp[i] + (roc ? fn[i] : fp[i]));
            double y1 = divideNoNan(tp[i + 1], tp[i + 1] + (roc ? fn[i + 1] : fp[i + 1]));
            double height = switch (auc.summation()) {
                case INTERPOLATION -> (y0 + y1) / 2;
                case MINORING -> Math.min(y0, y1);
                case MAJORING -> Math.max(y0, y1);
            };
            area += (x0 - x1) * height;
        }
        return area;
    }

    /** Keras's {@code interpolate_pr_auc}. */
    private double interpolatedPr(double[] tp, double[] fp, double[] fn) {
        double area = 0;
        for (int i = 0; i < n - 1; i++) {
            double dtp = tp[i] - tp[i + 1];
            double pA = tp[i] + fp[i];
            double pB = tp[i + 1] + fp[i + 1];
            double slope = divideNoNan(dtp, Math.max(pA - pB, 0));
            double intercept = tp[i + 1] - slope * pB;
            double ratio = pA > 0 && pB > 0 ? divideNoNan(pA, Math.max(pB, 0)) : 1;
            area += divideNoNan(slope * (dtp + intercept * Math.log(ratio)), Math.max(tp[i + 1] + fn[i + 1], 0));
        }
        return area;
    }

    static double divideNoNan(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    @Override
    public void reset() {
        Arrays.fill(positives, 0);
        Arrays.fill(negatives, 0);
    }
}
