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
        if (!consistent(x.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()), ys)) {
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

    /**
     * One row of a flat c-order buffer (float or double, whichever is not null) as a hash key, so that the rows
     * are compared in place rather than copied into {@code double[][]}.
     */
    private record Row(float[] floats, double[] doubles, int offset, int length) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && (floats != null
                    ? java.util.Arrays.equals(floats, offset, offset + length, r.floats, r.offset, r.offset + length)
                    : java.util.Arrays.equals(doubles, offset, offset + length, r.doubles, r.offset,
                            r.offset + length));
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + (floats != null ? Float.hashCode(floats[i]) : Double.hashCode(doubles[i]));
            }
            return h;
        }
    }

    /** Whether no two identical rows of x carry different labels (one label row {@code y[r]} per row of x). */
    static boolean consistent(INDArray x, double[][] y) {
        INDArray compact = DiagnosticData.compact(x);
        float[] floats = compact.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT ? DiagnosticData.floats(compact)
                : null;
        double[] doubles = floats == null ? DiagnosticData.vector(compact) : null;
        int cols = (int) x.size(1);
        java.util.Map<Row, double[]> seen = new java.util.HashMap<>();
        for (int r = 0; r < y.length; r++) {
            double[] previous = seen.putIfAbsent(new Row(floats, doubles, r * cols, cols), y[r]);
            if (previous != null && !java.util.Arrays.equals(previous, y[r])) {
                return false;
            }
        }
        return true;
    }
}
