package org.neurite.core.metrics;

import org.neurite.core.Metric;

/**
 * Weighted true positives, false positives and false negatives at one threshold, as Keras's
 * {@code update_confusion_matrix_variables}: an output is predicted positive when p &gt; threshold and a label is
 * positive when it is not 0; every output counts, or only column {@code classId} when it is &gt;= 0.
 */
final class ThresholdCounts implements Metric.State {
    private final double threshold;
    private final int classId;
    private final boolean recall;
    private double tp;
    private double fp;
    private double fn;

    ThresholdCounts(double threshold, int classId, boolean recall) {
        this.threshold = threshold;
        this.classId = classId;
        this.recall = recall;
    }

    @Override
    public void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth) {
        int from = classId >= 0 ? classId : 0;
        int to = classId >= 0 ? classId + 1 : width;
        for (int r = 0; r < rows; r++) {
            double weight = w == null ? 1 : w[r];
            int row = r * width;
            for (int i = row + from; i < row + to; i++) {
                boolean predicted = p[i] > threshold;
                boolean actual = y[i] != 0;
                tp += predicted && actual ? weight : 0;
                fp += predicted && !actual ? weight : 0;
                fn += !predicted && actual ? weight : 0;
            }
        }
    }

    /** Precision tp / (tp + fp), or recall tp / (tp + fn); 0 when the denominator is 0 (divide_no_nan). */
    @Override
    public double[] result() {
        double denominator = tp + (recall ? fn : fp);
        return new double[] {denominator == 0 ? 0 : tp / denominator};
    }

    @Override
    public void reset() {
        tp = 0;
        fp = 0;
        fn = 0;
    }
}
