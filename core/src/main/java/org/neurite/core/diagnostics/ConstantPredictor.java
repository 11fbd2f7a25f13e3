package org.neurite.core.diagnostics;

/**
 * The loss of the best constant predictor for the labels (the loss of a network that ignores its input),
 * per Keras's reductions: binary cross-entropy Σ_c H(mean_c)/C, categorical cross-entropy H(class
 * frequencies), MSE the mean per-column variance, MAE the mean absolute deviation from each column's median,
 * hinge 1 − |mean(y)| with 0 labels read as −1. NaN for other losses.
 */
final class ConstantPredictor {
    private ConstantPredictor() {
    }

    static double loss(String lossName, double[][] y, int outputUnits) {
        String name = lossName.replace("_from_logits", "");
        return switch (name) {
            case "binary_crossentropy" -> perColumn(y, ConstantPredictor::binaryEntropy);
            case "mean_squared_error" -> perColumn(y, ConstantPredictor::variance);
            case "mean_absolute_error" -> perColumn(y, ConstantPredictor::medianDeviation);
            case "hinge" -> perColumn(y, ConstantPredictor::hinge);
            case "categorical_crossentropy" -> entropy(columnMeans(y));
            case "sparse_categorical_crossentropy" -> entropy(classFrequencies(y, outputUnits));
            default -> Double.NaN;
        };
    }

    private static double perColumn(double[][] y, java.util.function.ToDoubleFunction<double[]> f) {
        int cols = y[0].length;
        double sum = 0;
        for (int c = 0; c < cols; c++) {
            double[] column = new double[y.length];
            for (int r = 0; r < y.length; r++) {
                column[r] = y[r][c];
            }
            sum += f.applyAsDouble(column);
        }
        return sum / cols;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double binaryEntropy(double[] v) {
        double m = mean(v);
        return -(xlnx(m) + xlnx(1 - m));
    }

    private static double xlnx(double p) {
        return p <= 0 ? 0 : p * Math.log(p);
    }

    private static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / v.length;
    }

    private static double medianDeviation(double[] v) {
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double s = 0;
        for (double x : v) {
            s += Math.abs(x - median);
        }
        return s / v.length;
    }

    private static double hinge(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x == 0 ? -1 : x;
        }
        return 1 - Math.abs(s / v.length);
    }

    private static double[] columnMeans(double[][] y) {
        double[] m = new double[y[0].length];
        for (double[] row : y) {
            for (int c = 0; c < m.length; c++) {
                m[c] += row[c] / y.length;
            }
        }
        return m;
    }

    private static double[] classFrequencies(double[][] y, int classes) {
        double[] f = new double[classes];
        for (double[] row : y) {
            f[(int) row[0]] += 1.0 / y.length;
        }
        return f;
    }

    private static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            h -= xlnx(x);
        }
        return h;
    }
}
