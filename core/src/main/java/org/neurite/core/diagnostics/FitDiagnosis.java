package org.neurite.core.diagnostics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Goal;

/**
 * The diagnosis {@link Sequential#fit} runs when training ends without reaching its goal: the
 * {@link FitOptions#goal()} when set; otherwise, on a task that admits a perfect fit (no two identical input
 * rows with different labels among the first {@value DiagnosticData#MAX_ROWS}), a last loss above
 * {@value #FAR_FROM_ZERO} times the constant predictor's loss. Stores the findings in the history and prints
 * them at verbosity &gt;= 1. Internal: called by {@code Sequential.fit}.
 */
public final class FitDiagnosis {
    /** The default goal: the loss at most this fraction of the constant predictor's loss. */
    static final double FAR_FROM_ZERO = 0.1;

    private FitDiagnosis() {
    }

    /** Diagnoses after fit on its training rows (the first {@code trainingRows} of x and y), when due. */
    public static void afterFit(Sequential model, INDArray x, INDArray y, int trainingRows, History history,
                                FitOptions options) {
        if (!options.diagnose() || history.size() == 0) {
            return;
        }
        INDArray labels = y.rank() == 1 ? y.reshape(y.length(), 1) : y; // fit reads rank-1 labels as one column
        INDArray tx = x.get(NDArrayIndex.interval(0, trainingRows), NDArrayIndex.all());
        INDArray ty = labels.get(NDArrayIndex.interval(0, trainingRows), NDArrayIndex.all());
        if (!due(model, tx, ty, history, options.goal())) {
            return;
        }
        Diagnosis diagnosis;
        try {
            diagnosis = Diagnostics.diagnose(model, tx, ty, history);
        } catch (RuntimeException e) {
            System.err.println("Neurite: the post-fit diagnosis failed and was skipped: " + e);
            return;
        }
        history.setDiagnosis(diagnosis);
        if (options.verbose() >= 1) {
            String goal = options.goal() == null ? "the loss is still far from zero" : "goal " + options.goal()
                    + " not reached";
            System.out.println("Training ended without reaching its goal (" + goal + "). " + diagnosis);
        }
    }

    static boolean due(Sequential model, INDArray x, INDArray y, History history, Goal goal) {
        if (goal != null) {
            return !goal.isReached(history);
        }
        double last = history.last("loss");
        if (!Double.isFinite(last)) {
            return true;
        }
        long rows = Math.min(x.size(0), DiagnosticData.MAX_ROWS);
        double[][] ys = DiagnosticData.toDouble(y.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()));
        int units = model.outputUnits();
        double baseline = ConstantPredictor.loss(model.loss().name(), ys, units);
        if (!(baseline > 0 && last > FAR_FROM_ZERO * baseline)) {
            return false;
        }
        return consistent(DiagnosticData.toDouble(x.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all())), ys);
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
    private static boolean consistent(double[][] x, double[][] y) {
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
