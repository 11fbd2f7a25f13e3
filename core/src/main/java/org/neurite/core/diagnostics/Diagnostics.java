package org.neurite.core.diagnostics;

import org.neurite.core.Goal;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.NonFiniteGradientException;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;

/**
 * Runs every check on a compiled model and its training data and ranks the findings root cause first
 * ({@link Ranking}): OUTPUT_RANGE, NO_BIAS, LINEARLY_INSEPARABLE, INPUT_SCALE, BAD_INITIALIZER, DEAD_UNITS and
 * SATURATED_UNITS (per unit, then per row group), gradient flow, then the history-based PLATEAU, DIVERGED,
 * LEARNING_RATE_TOO_SMALL and TRAINING_TOO_SHORT. Each check's class documents its exact criterion. With a
 * history, the run's goal decides the severities: a run that reached it gets INFO findings only. Reads the
 * model and overwrites only its gradient buffer; weights, optimizer state and step count are unchanged.
 * Examines at most {@value DiagnosticData#MAX_ROWS} rows. {@link #verify} then tries the remedies by retraining.
 */
public final class Diagnostics {
    private Diagnostics() {
    }

    /**
     * Diagnoses {@code model} on {@code x [rows, features]} and {@code y [rows, labels]}; {@code history}
     * (may be null) enables the history-based checks and judges the goal fit's default way ({@link Goals}).
     *
     * @throws IllegalStateException if the model is not compiled
     * @throws IllegalArgumentException if x or y do not fit the model, as {@link Sequential#evaluate} checks
     */
    public static Diagnosis diagnose(Sequential model, INDArray x, INDArray y, History history) {
        return diagnose(model, x, y, history, null);
    }

    /** {@link #diagnose(Sequential, INDArray, INDArray, History)} judging the run by {@code goal} (null: default). */
    public static Diagnosis diagnose(Sequential model, INDArray x, INDArray y, History history, Goal goal) {
        return diagnose(model, x, y, history, goal, null);
    }

    /** As above, with the weights the run started from (for gradients at the start of training), or null. */
    static Diagnosis diagnose(Sequential model, INDArray x, INDArray y, History history, Goal goal,
                              List<INDArray> initialWeights) {
        return diagnose(model, x, y, history, goal, initialWeights, null);
    }

    /** As above, with the weights after the run's middle epoch too (for gradients during training), or null. */
    static Diagnosis diagnose(Sequential model, INDArray x, INDArray y, History history, Goal goal,
                              List<INDArray> initialWeights, List<INDArray> midwayWeights) {
        if (model == null) {
            throw new IllegalArgumentException("diagnose: model must not be null.");
        }
        if (!model.isCompiled()) {
            throw new IllegalStateException("diagnose called before compile: the checks need the loss. Call "
                    + "model.compile(optimizer, loss, metrics...) first.");
        }
        if (y != null && y.rank() == 1) {
            y = y.reshape(y.length(), 1); // read rank-1 labels as one column, as fit does
        }
        if (x == null || y == null || x.rank() != 2 || x.size(0) < 1) {
            throw new IllegalArgumentException("diagnose: x and y must be non-empty matrices [rows, columns]; received"
                    + " x=" + (x == null ? "null" : java.util.Arrays.toString(x.shape())) + ", y="
                    + (y == null ? "null" : java.util.Arrays.toString(y.shape())) + ".");
        }
        if (y.rank() != 2 || x.size(0) != y.size(0)) {
            throw new IllegalArgumentException("diagnose: x have " + x.size(0) + " rows but labels have " + y.size(0)
                    + " (" + java.util.Arrays.toString(x.shape()) + " vs " + java.util.Arrays.toString(y.shape())
                    + "). Pass one label row per feature row.");
        }
        if (!model.isBuilt()) {
            model.build((int) x.size(1));
        }
        DiagnosticData data;
        try {
            data = new DiagnosticData(model, x, y, history, goal, initialWeights, midwayWeights);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("diagnose") ? e.getMessage()
                    : "diagnose: " + e.getMessage(), e);
        }
        boolean broken = DivergenceCheck.broken(data);
        List<Check> checks = broken ? List.of(new DivergenceCheck()) : List.of(new OutputRangeCheck(),
                new NoBiasCheck(), new SeparabilityCheck(), new InputScaleCheck(), new InitializerCheck(),
                new UnitCheck(), new CollapseCheck(), new GradientFlowCheck(), new PlateauCheck(),
                new DivergenceCheck(), new ProgressCheck());
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            check.run(data, findings);
        }
        return new Diagnosis(Ranking.rank(findings, data.learned, broken));
    }

    /**
     * The diagnosis for a fit that stopped on a NaN or infinite gradient: DIVERGED alone, with a learning-rate
     * search as its remedies (the model holds the weights of the last finite step).
     */
    public static Diagnosis diverged(Sequential model, NonFiniteGradientException e) {
        if (model == null || e == null) {
            throw new IllegalArgumentException("diverged: model and exception must not be null; received model="
                    + model + ", e=" + e + ".");
        }
        return new Diagnosis(List.of(DivergenceCheck.fromException(e, model)));
    }

    /**
     * Tries the remedies of the diagnosis's problems by retraining, within {@code trials}' budget; see
     * {@link Trials}. {@code options} are the fit options of the run diagnosed (epochs, batch size, seed, goal).
     */
    public static Diagnosis verify(Diagnosis diagnosis, Sequential model, INDArray x, INDArray y, FitOptions options,
                                   Trials trials) {
        if (diagnosis == null || model == null || x == null || y == null || options == null || trials == null) {
            throw new IllegalArgumentException("verify: diagnosis, model, x, y, options and trials must not be null.");
        }
        return new TrialRunner(Recipe.of(model, x, y, options), trials).verify(diagnosis);
    }
}
