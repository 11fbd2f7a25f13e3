package org.neurite.core.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.History;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;

/**
 * Runs every check on a compiled model and its training data, in a fixed order: OUTPUT_RANGE, NO_BIAS,
 * LINEARLY_INSEPARABLE, DEAD_UNITS and SATURATED_UNITS (per unit, then per row group), gradient
 * flow, then the history-based PLATEAU and DIVERGED. Each check's class documents its exact criterion.
 * Reads the model and overwrites only its gradient buffer; weights, optimizer state and step count are
 * unchanged. Examines at most {@value DiagnosticData#MAX_ROWS} rows.
 */
public final class Diagnostics {
    private static final List<Check> CHECKS = List.of(new OutputRangeCheck(), new NoBiasCheck(),
            new SeparabilityCheck(), new UnitCheck(), new CollapseCheck(), new GradientFlowCheck(),
            new PlateauCheck(), new DivergenceCheck());

    private Diagnostics() {
    }

    /**
     * Diagnoses {@code model} on {@code x [rows, features]} and {@code y [rows, labels]}; {@code history}
     * (may be null) enables PLATEAU and the loss-based DIVERGED. Builds the model for x's width if needed.
     *
     * @throws IllegalStateException if the model is not compiled
     * @throws IllegalArgumentException if x or y do not fit the model, as {@link Sequential#evaluate} checks
     */
    public static Diagnosis diagnose(Sequential model, INDArray x, INDArray y, History history) {
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
        if (!model.isBuilt()) {
            model.build((int) x.size(1));
        }
        try {
            model.evaluate(x, y);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("diagnose: " + e.getMessage(), e);
        }
        DiagnosticData data = new DiagnosticData(model, x, y, history);
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            check.run(data, findings);
        }
        return new Diagnosis(findings);
    }
}
