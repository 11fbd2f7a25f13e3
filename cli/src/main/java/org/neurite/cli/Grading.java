package org.neurite.cli;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.Metric;
import org.neurite.core.Goal;

/**
 * How the CLI grades a task, from the output layer and the labels, as Keras would choose the metric by hand:
 * <ul>
 * <li>{@link #BINARY}: a sigmoid output, or any output on labels that are all 0 or 1, with as many label
 * columns as output units: each output is its own yes/no answer, thresholded at 0.5 (Keras's
 * {@code binary_accuracy}, the mean over outputs); a row is correct when every output is.</li>
 * <li>{@link #CATEGORICAL}: a softmax output with one-hot labels (Keras's {@code categorical_accuracy}).</li>
 * <li>{@link #SPARSE}: a softmax output with class indices in one label column
 * ({@code sparse_categorical_accuracy}).</li>
 * <li>{@link #REGRESSION}: anything else: mean absolute and mean squared error, and no accuracy.</li>
 * </ul>
 */
enum Grading {
    BINARY(Metric.BINARY_ACCURACY),
    CATEGORICAL(Metric.CATEGORICAL_ACCURACY),
    SPARSE(Metric.SPARSE_CATEGORICAL_ACCURACY),
    REGRESSION(Metric.MAE, Metric.MSE);

    /** The accuracy a classification sweep on sampled or CSV data must reach to count as learned. */
    static final double SAMPLED_ACCURACY_GOAL = 0.95;
    /** A regression sweep must bring the MSE below this share of the labels' variance (R² of at least 0.9). */
    static final double REGRESSION_VARIANCE_SHARE = 0.1;

    private final List<Metric> metrics;

    Grading(Metric... metrics) {
        this.metrics = List.of(metrics);
    }

    /** The grading for an output layer of {@code units} units with {@code activation} on {@code labels}. */
    static Grading of(Activation activation, int units, INDArray labels) {
        int width = (int) labels.size(1);
        if (activation == Activation.SOFTMAX) {
            return width == 1 && units > 1 ? SPARSE : CATEGORICAL;
        }
        if (width == units && (activation == Activation.SIGMOID || allZeroOrOne(labels))) {
            return BINARY;
        }
        return REGRESSION;
    }

    private static boolean allZeroOrOne(INDArray labels) {
        double[] v = labels.dup().data().asDouble();
        for (double d : v) {
            if (d != 0 && d != 1) {
                return false;
            }
        }
        return true;
    }

    /** The metrics compiled into the model. */
    List<Metric> metrics() {
        return metrics;
    }

    boolean classifies() {
        return this != REGRESSION;
    }

    /** The logged name of the accuracy metric, or null for regression. */
    String accuracyName() {
        return classifies() ? metrics.get(0).name() : null;
    }

    /**
     * What "learned" means: full accuracy on a truth table (a perfect fit exists), {@value #SAMPLED_ACCURACY_GOAL}
     * accuracy on other classification data, and for regression an MSE loss below a tenth of the labels'
     * variance (the MSE of predicting their mean).
     */
    Goal goal(boolean truthTable, INDArray labels) {
        if (classifies()) {
            return Goal.metric(accuracyName(), truthTable ? 1.0 : SAMPLED_ACCURACY_GOAL);
        }
        double variance = labels.var(false, 0).meanNumber().doubleValue();
        return new Goal("mse", REGRESSION_VARIANCE_SHARE * Math.max(variance, 1e-12), true);
    }

    /** The predicted answer of one row: the class index, or each output thresholded; null for regression. */
    int[] predicted(double[] outputs) {
        return switch (this) {
            case BINARY -> thresholded(outputs);
            case CATEGORICAL, SPARSE -> new int[] {argmax(outputs)};
            case REGRESSION -> null;
        };
    }

    /** The true answer of one row in the same form as {@link #predicted}; null for regression. */
    int[] target(double[] labels) {
        return switch (this) {
            case BINARY -> thresholded(labels);
            case CATEGORICAL -> new int[] {argmax(labels)};
            case SPARSE -> new int[] {(int) Math.round(labels[0])};
            case REGRESSION -> null;
        };
    }

    /** Whether every answer of the row is right (always false for regression, which has no right answer). */
    boolean correct(double[] outputs, double[] labels) {
        return classifies() && java.util.Arrays.equals(predicted(outputs), target(labels));
    }

    private static int[] thresholded(double[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] > 0.5 ? 1 : 0;
        }
        return out;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] > v[best] ? i : best;
        }
        return best;
    }
}
