package org.neurite.core.metrics;

import java.util.List;
import java.util.Locale;
import org.neurite.core.Loss;
import org.neurite.core.Metric;

/** The built-in metrics, their lookup by Keras name and the resolution of {@code "accuracy"}. */
public final class Metrics {
    public static final Metric CATEGORICAL_ACCURACY = new CategoricalAccuracy(false);
    public static final Metric SPARSE_CATEGORICAL_ACCURACY = new CategoricalAccuracy(true);
    public static final Metric MSE = new ErrorMean("mse", true);
    public static final Metric MAE = new ErrorMean("mae", false);
    public static final Metric ACCURACY = new Accuracy();
    private static final Metric BINARY_ACCURACY = new BinaryAccuracy(0.5);

    public static final List<String> NAMES = List.of("accuracy (acc)", "binary_accuracy",
            "binary_accuracy(threshold)", "categorical_accuracy", "sparse_categorical_accuracy",
            "mse (mean_squared_error)", "mae (mean_absolute_error)");

    private Metrics() {
    }

    public static Metric binaryAccuracy(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("binary_accuracy threshold must be in (0, 1); received threshold="
                    + threshold + ". Keras's default is 0.5.");
        }
        return threshold == 0.5 && BINARY_ACCURACY != null ? BINARY_ACCURACY : new BinaryAccuracy(threshold);
    }

    public static Metric byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("metric name must not be null; known: " + NAMES);
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("binary_accuracy(") && key.endsWith(")")) {
            String arg = key.substring(16, key.length() - 1).replace("threshold=", "");
            try {
                return binaryAccuracy(Double.parseDouble(arg));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("metric '" + name + "': threshold '" + arg
                        + "' is not a number. Write binary_accuracy(0.5).", e);
            }
        }
        return switch (key) {
            case "accuracy", "acc" -> ACCURACY;
            case "binary_accuracy" -> BINARY_ACCURACY;
            case "categorical_accuracy" -> CATEGORICAL_ACCURACY;
            case "sparse_categorical_accuracy" -> SPARSE_CATEGORICAL_ACCURACY;
            case "mse", "mean_squared_error" -> MSE;
            case "mae", "mean_absolute_error" -> MAE;
            default -> throw new IllegalArgumentException("Unknown metric '" + name + "'. Known metrics: " + NAMES
                    + ".");
        };
    }

    /**
     * Replaces {@link Metric#ACCURACY} by the accuracy Keras would pick for this loss and output width, and
     * rejects a built-in metric that cannot read the loss's labels (e.g. mse with class-index labels).
     */
    public static Metric resolve(Metric metric, Loss loss, int outputUnits) {
        int labelWidth = loss.labelWidth(outputUnits);
        if (metric == ACCURACY) {
            if (outputUnits == 1) {
                return BINARY_ACCURACY;
            }
            return labelWidth == 1 ? SPARSE_CATEGORICAL_ACCURACY : CATEGORICAL_ACCURACY;
        }
        boolean elementWise = metric instanceof BinaryAccuracy || metric instanceof ErrorMean
                || metric == CATEGORICAL_ACCURACY;
        if (elementWise && labelWidth != outputUnits) {
            throw new IllegalArgumentException("metric " + metric.name() + " compares each of the " + outputUnits
                    + " outputs with a label column, but " + loss.name() + " takes labels of " + labelWidth
                    + " column (class indices). Use \"accuracy\" or sparse_categorical_accuracy.");
        }
        if (metric == SPARSE_CATEGORICAL_ACCURACY && labelWidth != 1) {
            throw new IllegalArgumentException("metric sparse_categorical_accuracy needs class-index labels in 1 "
                    + "column, but " + loss.name() + " takes " + labelWidth + " label columns. Use \"accuracy\" or "
                    + "categorical_accuracy.");
        }
        return metric;
    }

    /** The unresolved {@code "accuracy"}; {@link #resolve} replaces it at compile time. */
    private record Accuracy() implements Metric {
        @Override
        public String name() {
            return "accuracy";
        }

        @Override
        public double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
            throw new IllegalStateException("'accuracy' must be resolved at compile time");
        }
    }

    record BinaryAccuracy(double threshold) implements Metric {
        @Override
        public String name() {
            return threshold == 0.5 ? "binary_accuracy" : "binary_accuracy(" + threshold + ")";
        }

        @Override
        public double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
            int n = rows * width;
            double hits = 0;
            for (int i = 0; i < n; i++) {
                double predicted = p[i] > threshold ? 1 : 0;
                hits += predicted == y[i] ? 1 : 0;
            }
            return hits / width;
        }
    }

    record CategoricalAccuracy(boolean sparse) implements Metric {
        @Override
        public String name() {
            return sparse ? "sparse_categorical_accuracy" : "categorical_accuracy";
        }

        @Override
        public double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
            double hits = 0;
            for (int r = 0; r < rows; r++) {
                int predicted = argmax(p, r * width, width);
                int actual = sparse ? (int) y[r * labelWidth] : argmax(y, r * labelWidth, labelWidth);
                hits += predicted == actual ? 1 : 0;
            }
            return hits;
        }

        private static int argmax(double[] v, int from, int width) {
            int best = 0;
            for (int i = 1; i < width; i++) {
                if (v[from + i] > v[from + best]) {
                    best = i;
                }
            }
            return best;
        }
    }

    record ErrorMean(String name, boolean squared) implements Metric {
        @Override
        public double sum(double[] p, double[] y, int rows, int width, int labelWidth) {
            int n = rows * width;
            double total = 0;
            for (int i = 0; i < n; i++) {
                double d = p[i] - y[i];
                total += squared ? d * d : Math.abs(d);
            }
            return total / width;
        }
    }
}
