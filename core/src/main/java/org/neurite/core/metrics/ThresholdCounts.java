package org.neurite.core.metrics;

import java.util.Arrays;
import org.neurite.core.Metric;

/**
 * Weighted true positives, false positives and false negatives per threshold, as Keras's
 * {@code update_confusion_matrix_variables}: with top-k, each row's outputs outside its k largest become NEG_INF
 * (ties: the lower column stays); then an output is predicted positive when it is &gt; the threshold and a label
 * is positive when it is not 0; every output counts, or only column {@code classId} when it is &gt;= 0.
 */
final class ThresholdCounts implements Metric.State {
    private final double[] thresholds;
    private final int topK;
    private final int classId;
    private final boolean recall;
    private final double[] tp;
    private final double[] fp;
    private final double[] fn;
    private final boolean[] top;

    ThresholdCounts(double[] thresholds, int topK, int classId, boolean recall, int width) {
        this.thresholds = thresholds.clone();
        this.topK = topK;
        this.classId = classId;
        this.recall = recall;
        this.tp = new double[thresholds.length];
        this.fp = new double[thresholds.length];
        this.fn = new double[thresholds.length];
        this.top = new boolean[topK > 0 ? width : 0];
    }

    @Override
    public void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth) {
        int from = classId >= 0 ? classId : 0;
        int to = classId >= 0 ? classId + 1 : width;
        for (int r = 0; r < rows; r++) {
            double weight = w == null ? 1 : w[r];
            int row = r * width;
            if (topK > 0) {
                markTop(p, row, width);
            }
            for (int j = from; j < to; j++) {
                double value = topK > 0 && !top[j] ? ConfusionSettings.NEG_INF : p[row + j];
                boolean actual = y[row + j] != 0;
                for (int t = 0; t < thresholds.length; t++) {
                    boolean predicted = value > thresholds[t];
                    tp[t] += predicted && actual ? weight : 0;
                    fp[t] += predicted && !actual ? weight : 0;
                    fn[t] += !predicted && actual ? weight : 0;
                }
            }
        }
    }

    /** Marks the {@code topK} largest outputs of the row (of all of them when it has no more), lower column first. */
    private void markTop(double[] p, int row, int width) {
        Arrays.fill(top, false);
        for (int pick = 0; pick < Math.min(topK, width); pick++) {
            int best = -1;
            for (int j = 0; j < width; j++) {
                if (!top[j] && (best < 0 || p[row + j] > p[row + best])) {
                    best = j;
                }
            }
            top[best] = true;
        }
    }

    /** Per threshold, precision tp / (tp + fp) or recall tp / (tp + fn); 0 when the denominator is 0 (divide_no_nan). */
    @Override
    public double[] result() {
        double[] out = new double[thresholds.length];
        for (int t = 0; t < out.length; t++) {
            double denominator = tp[t] + (recall ? fn[t] : fp[t]);
            out[t] = denominator == 0 ? 0 : tp[t] / denominator;
        }
        return out;
    }

    @Override
    public void reset() {
        Arrays.fill(tp, 0);
        Arrays.fill(fp, 0);
        Arrays.fill(fn, 0);
    }
}
