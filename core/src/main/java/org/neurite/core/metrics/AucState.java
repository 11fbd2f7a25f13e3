package org.neurite.core.metrics;

import org.neurite.core.Metric;

/**
 * {@link Auc}'s counts, kept per bucket as Keras's evenly-spaced-thresholds path does: a prediction p lands in
 * bucket max(0, ⌈p·(n−1)⌉ − 1), and tp/fp at threshold i are the sums of buckets i … n−1. O(1) per output.
 */
final class AucState implements Metric.State {
    private final Auc auc;
    private final int n;
    private final double[] positives;
    private final double[] negatives;

    AucState(Auc auc) {
        this.auc = auc;
        this.n = auc.numThresholds();
        this.positives = new double[n];
        this.negatives = new double[n];
    }

    @Override
    public void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth) {
        for (int r = 0; r < rows; r++) {
            double weight = w == null ? 1 : w[r];
            for (int i = r * width; i < (r + 1) * width; i++) {
                double q = auc.fromLogits() ? 1 / (1 + Math.exp(-p[i])) : p[i];
                q = Math.min(Math.max(q, 0), 1);
                int bucket = Math.max(0, (int) Math.ceil(q * (n - 1)) - 1);
                if (y[i] != 0) {
                    positives[bucket] += weight;
                } else {
                    negatives[bucket] += weight;
                }
            }
        }
    }

    @Override
    public double[] result() {
        double[] tp = new double[n];
        double[] fp = new double[n];
        double tpSum = 0;
        double fpSum = 0;
        for (int i = n - 1; i >= 0; i--) {
            tpSum += positives[i];
            fpSum += negatives[i];
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
            return new double[] {interpolatedPr(tp, fp, fn)};
        }
        double area = 0;
        for (int i = 0; i < n - 1; i++) {
            double x0;
            double x1;
            double y0;
            double y1;
            if (auc.curve() == Auc.Curve.ROC) {
                x0 = divideNoNan(fp[i], fp[i] + tn[i]);
                x1 = divideNoNan(fp[i + 1], fp[i + 1] + tn[i + 1]);
                y0 = divideNoNan(tp[i], tp[i] + fn[i]);
                y1 = divideNoNan(tp[i + 1], tp[i + 1] + fn[i + 1]);
            } else {
                x0 = divideNoNan(tp[i], tp[i] + fn[i]);
                x1 = divideNoNan(tp[i + 1], tp[i + 1] + fn[i + 1]);
                y0 = divideNoNan(tp[i], tp[i] + fp[i]);
                y1 = divideNoNan(tp[i + 1], tp[i + 1] + fp[i + 1]);
            }
            double height = switch (auc.summation()) {
                case INTERPOLATION -> (y0 + y1) / 2;
                case MINORING -> Math.min(y0, y1);
                case MAJORING -> Math.max(y0, y1);
            };
            area += (x0 - x1) * height;
        }
        return new double[] {area};
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
        java.util.Arrays.fill(positives, 0);
        java.util.Arrays.fill(negatives, 0);
    }
}
