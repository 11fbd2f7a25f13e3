package org.neurite.core.diagnostics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Sequential;

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
        INDArray tx = x.get(NDArrayIndex.interval(0, trainingRows), NDArrayIndex.all());
        INDArray ty = y.get(NDArrayIndex.interval(0, trainingRows), NDArrayIndex.all());
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
        long rows = Math.min(x.size(0), DiagnosticData.MAX_ROWS);
        double[][] xs = DiagnosticData.toDouble(x.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()));
        double[][] ys = DiagnosticData.toDouble(y.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()));
        if (!Double.isFinite(last)) {
            return true;
        }
        int units = model.layers().get(model.layers().size() - 1).units();
        double baseline = ConstantPredictor.loss(model.loss().name(), ys, units);
        return consistent(xs, ys) && baseline > 0 && last > FAR_FROM_ZERO * baseline;
    }

    /** Whether no two identical rows of x carry different labels. */
    private static boolean consistent(double[][] x, double[][] y) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (int r = 0; r < x.length; r++) {
            String label = java.util.Arrays.toString(y[r]);
            String previous = seen.putIfAbsent(java.util.Arrays.toString(x[r]), label);
            if (previous != null && !previous.equals(label)) {
                return false;
            }
        }
        return true;
    }
}
