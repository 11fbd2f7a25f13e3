package org.neurite.core.diagnostics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Goal;

/**
 * The diagnosis {@link Sequential#fit} runs after every fit (unless {@link FitOptions#diagnose()} is off),
 * whether or not the goal was reached: structural problems are worth knowing either way, and the goal
 * ({@link FitOptions#goal()}, or the default of {@link Goals}) only sets the severities. Stores the findings in
 * the history and prints them at verbosity &gt;= 1 when there are any. A failure of the diagnosis itself is not
 * swallowed: it propagates from fit. Remedies are not tried here (see {@link Diagnostics#verify}). Internal:
 * called by {@code Sequential.fit}.
 */
public final class FitDiagnosis {
    private FitDiagnosis() {
    }

    /**
     * Diagnoses after fit on its training rows (the first {@code trainingRows} of x and y); {@code initial} holds
     * the weights training started from and {@code midway} those after its middle epoch (either null when
     * unknown), for the gradients at the start of and during training.
     */
    public static void afterFit(Sequential model, INDArray x, INDArray y, int trainingRows, History history,
                                FitOptions options, java.util.List<INDArray> initial,
                                java.util.List<INDArray> midway) {
        if (!options.diagnose() || history.size() == 0) {
            return;
        }
        INDArray labels = y.rank() == 1 ? y.reshape(y.length(), 1) : y; // fit reads rank-1 labels as one column
        INDArray tx = x.get(NDArrayIndex.interval(0, trainingRows), NDArrayIndex.all());
        INDArray ty = labels.get(NDArrayIndex.interval(0, trainingRows), NDArrayIndex.all());
        Diagnosis diagnosis = Diagnostics.diagnose(model, tx, ty, history, options.goal(), initial, midway);
        history.setDiagnosis(diagnosis);
        if (options.verbose() >= 1 && !diagnosis.isEmpty()) {
            System.out.println(diagnosis);
        }
    }
}
