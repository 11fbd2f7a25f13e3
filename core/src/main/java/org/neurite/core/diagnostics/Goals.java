package org.neurite.core.diagnostics;

import org.neurite.core.Goal;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.History;
import org.neurite.core.Sequential;

/**
 * Whether a run reached its goal. With an explicit {@link Goal}: its series at the last epoch. Without one
 * (fit's default), on a task that admits a perfect fit (no two identical input rows with different labels among
 * the first {@value DiagnosticData#MAX_ROWS}): a last loss at most {@value #FAR_FROM_ZERO} times the constant
 * predictor's ({@link ConstantPredictor}); on other tasks, and without a history, it is unknown (null).
 */
final class Goals {
    /** The default goal: the loss at most this fraction of the constant predictor's loss. */
    static final double FAR_FROM_ZERO = 0.1;

    private Goals() {
    }

    static Boolean learned(Sequential model, INDArray x, INDArray y, History history, Goal goal) {
        if (history == null || history.size() == 0) {
            return null;
        }
        if (goal != null) {
            return goal.isReached(history);
        }
        double last = history.last("loss");
        if (!Double.isFinite(last)) {
            return false;
        }
        long rows = Math.min(x.size(0), DiagnosticData.MAX_ROWS);
        double[][] ys = DiagnosticData.toDouble(y.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()));
        if (!consistent(DiagnosticData.toDouble(x.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all())), ys)) {
            return null;
        }
        return last <= FAR_FROM_ZERO * defaultBaseline(model, ys);
    }

    /** The goal fit uses by default, as a {@link Goal}: the loss at most 0.1 times the constant predictor's. */
    static Goal defaultGoal(Sequential model, INDArray y) {
        long rows = Math.min(y.size(0), DiagnosticData.MAX_ROWS);
        INDArray labels = y.rank() == 1 ? y.reshape(y.length(), 1) : y;
        double[][] ys = DiagnosticData.toDouble(labels.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()));
        return Goal.loss(FAR_FROM_ZERO * defaultBaseline(model, ys));
    }

    private static double defaultBaseline(Sequential model, double[][] ys) {
        int units = model.layers().get(model.layers().size() - 1).units();
        return ConstantPredictor.loss(model.loss().name(), ys, units);
    }

    /** A row as a hash key. */
    private record Row(double[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && java.util.Arrays.equals(r.values, values);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values);
        }
    }

    /** Whether no two identical rows of x carry different labels. */
    static boolean consistent(double[][] x, double[][] y) {
        java.util.Map<Row, Row> seen = new java.util.HashMap<>();
        for (int r = 0; r < x.length; r++) {
            Row previous = seen.putIfAbsent(new Row(x[r]), new Row(y[r]));
            if (previous != null && !previous.equals(new Row(y[r]))) {
                return false;
            }
        }
        return true;
    }
}
