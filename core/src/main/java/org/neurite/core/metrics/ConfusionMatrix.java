package org.neurite.core.metrics;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) pairs, rows the true class and columns the predicted one, as
 * scikit-learn's {@code confusion_matrix} and Keras's {@code metrics_utils.confusion_matrix}. A one-unit output
 * is a binary classifier (class 1 when the output is above the threshold); a wider one predicts its argmax.
 */
public final class ConfusionMatrix {
    private final long[][] counts;

    private ConfusionMatrix(long[][] counts) {
        this.counts = counts;
    }

    /**
     * Counts {@code rows} rows of outputs {@code p} ({@code width} per row) against labels {@code y}: one column of
     * class indices (0/1 for a one-unit output) or one-hot rows.
     */
    public static ConfusionMatrix count(double[] p, double[] y, int rows, int width, int labelWidth,
                                        double threshold) {
        if (p == null || y == null || rows < 0 || width < 1 || (labelWidth != 1 && labelWidth != width)
                || p.length < (long) rows * width || y.length < (long) rows * labelWidth) {
            throw new IllegalArgumentException("ConfusionMatrix.count: expected " + rows + " rows of " + width
                    + " outputs and of 1 or " + width + " label columns; received p of " + (p == null ? "null"
                    : p.length + " values") + ", y of " + (y == null ? "null" : y.length + " values") + ", width="
                    + width + ", labelWidth=" + labelWidth + ". Pass whole rows, labels as class indices or one-hot.");
        }
        int classes = Math.max(2, width);
        long[][] counts = new long[classes][classes];
        for (int r = 0; r < rows; r++) {
            int predicted = width == 1 ? (p[r] > threshold ? 1 : 0) : CategoricalAccuracy.argmax(p, r * width, width);
            double label = y[r * labelWidth];
            if (labelWidth == 1 && !(label >= 0 && label < classes && label == Math.rint(label))) {
                throw new IllegalArgumentException("ConfusionMatrix.count: label " + label + " in row " + r
                        + " is not a class index in [0, " + (classes - 1) + "]. Pass class indices or one-hot rows.");
            }
            int actual = labelWidth == 1 ? (int) label : CategoricalAccuracy.argmax(y, r * labelWidth, labelWidth);
            counts[actual][predicted]++;
        }
        return new ConfusionMatrix(counts);
    }

    /** The number of classes (2 for a one-unit output). */
    public int classes() {
        return counts.length;
    }

    /** Rows whose true class is {@code actual} and predicted class {@code predicted}. */
    public long count(int actual, int predicted) {
        if (actual < 0 || actual >= counts.length || predicted < 0 || predicted >= counts.length) {
            throw new IllegalArgumentException("ConfusionMatrix.count: classes are 0 to " + (counts.length - 1)
                    + "; received actual=" + actual + ", predicted=" + predicted + ".");
        }
        return counts[actual][predicted];
    }

    /** A copy of the counts, {@code [actual][predicted]}. */
    public long[][] toArray() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix other && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    /** A table: one line per true class, the predicted classes across. */
    @Override
    public String toString() {
        int digits = 1;
        for (long[] row : counts) {
            for (long c : row) {
                digits = Math.max(digits, Long.toString(c).length());
            }
        }
        int cell = Math.max(digits, Integer.toString(counts.length - 1).length()) + 1;
        StringBuilder sb = new StringBuilder("true\\pred");
        for (int j = 0; j < counts.length; j++) {
            sb.append(String.format("%" + cell + "d", j));
        }
        for (int i = 0; i < counts.length; i++) {
            sb.append('\n').append(String.format("%9d", i));
            for (long c : counts[i]) {
                sb.append(String.format("%" + cell + "d", c));
            }
        }
        return sb.toString();
    }
}
