package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import org.neurite.core.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neurite.core.Activation;
import org.neurite.core.layers.Layer;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * LINEARLY_INSEPARABLE: when every hidden layer is linear on the examined rows (a linear activation, or ReLU /
 * leaky ReLU units none of which switches between its two pieces across the rows: each unit's z has one sign on
 * every row, some ReLU unit active), the model computes f(W·x + b) per output on those rows, so
 * it can only split each output's two label values with a hyperplane. For each output column whose labels take
 * exactly two values, {@link LinearSeparability} decides exactly whether a hyperplane w·x + b separates them; a
 * verified "no" is reported. The hyperplane may have an offset even when the model has no bias: labels
 * separable only with an offset are NO_BIAS's finding, not this one. Columns with other label sets
 * (regression), softmax outputs and data with more distinct rows than the solver takes are not judged.
 */
final class SeparabilityCheck implements Check {
    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        int piecewise = -1;
        for (int l = 0; l < d.lastLayer(); l++) {
            if (!d.layers.get(l).activation().name().equals("linear")) {
                if (!linearOnRows(d, l)) {
                    return;
                }
                piecewise = piecewise < 0 ? l : piecewise;
            }
        }
        if (d.outputActivation().name().equals("softmax") || d.labels[0].length != d.outputs[0].length) {
            return;
        }
        for (int c = 0; c < d.labels[0].length; c++) {
            TreeSet<Double> values = new TreeSet<>();
            for (double[] row : d.labels) {
                values.add(row[c]);
            }
            if (values.size() != 2) {
                continue;
            }
            boolean[] positive = new boolean[d.rows()];
            for (int r = 0; r < d.rows(); r++) {
                positive[r] = d.labels[r][c] == values.last();
            }
            LinearSeparability.Result result = LinearSeparability.decide(d.inputs(), positive, true);
            if (result.verdict() == LinearSeparability.Verdict.INSEPARABLE) {
                out.add(finding(d, c, values, result, piecewise));
                return;
            }
        }
    }

    /**
     * Whether layer l is ReLU-like and each unit's z keeps one sign (&gt; 0, or &lt;= 0) on every row; a ReLU layer
     * with every unit inactive is DEAD_UNITS's finding, not this one.
     */
    static boolean linearOnRows(DiagnosticData d, int l) {
        String act = d.layers.get(l).activation().name();
        if (!act.equals("relu") && !act.startsWith("leaky_relu")) {
            return false;
        }
        double[][] z = d.z.get(l);
        boolean someActive = false;
        for (int u = 0; u < d.layers.get(l).units(); u++) {
            boolean positive = z[0][u] > 0;
            someActive |= positive;
            for (double[] row : z) {
                if ((row[u] > 0) != positive) {
                    return false;
                }
            }
        }
        return someActive || act.startsWith("leaky_relu");
    }

    private static Finding finding(DiagnosticData d, int column, TreeSet<Double> values,
                                   LinearSeparability.Result result, int piecewise) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("outputColumn", (double) column);
        evidence.put("rows", (double) d.rows());
        evidence.put("certificateRows", (double) result.certificate().size());
        result.certificate().forEach((row, weight) -> evidence.put("certificateWeight[row " + row + "]", weight));
        int last = d.lastLayer();
        int units = Math.max(4, 2 * d.inputs()[0].length);
        if (piecewise >= 0) {
            int width = d.layers.get(piecewise).units();
            return new Finding(FindingCode.LINEARLY_INSEPARABLE, Severity.ERROR, d.names.get(piecewise), piecewise,
                    List.of(), evidence, "None of the " + width + " " + d.layers.get(piecewise).activation().name()
                            + " units of layer '" + d.names.get(piecewise) + "' switches between its two pieces on "
                            + "these rows (each is active on all of them or on none), so the model is linear on "
                            + "them, and no hyperplane separates the labels of output " + column + ".",
                    "Use more units, or leaky_relu, or retrain from another seed.",
                    UnitCheck.reluRemedies(d, piecewise));
        }
        return new Finding(FindingCode.LINEARLY_INSEPARABLE, Severity.ERROR, d.names.get(last), last, List.of(column),
                evidence, "The model has no hidden nonlinearity, so output " + column + " separates its labels "
                        + Finding.format(values.first()) + " and " + Finding.format(values.last()) + " with one "
                        + "hyperplane, and no hyperplane separates these rows (a Farkas certificate: the weighted sum "
                        + "of"
                        + " the certificate rows, each signed by its class, is zero).",
                "Add a hidden layer with a nonlinear activation before the output, e.g. new Dense(" + units
                        + ", Activation.TANH).",
                List.of(Remedy.untried("a hidden layer of " + units + " tanh units",
                        new Change.HiddenLayer(units, Activation.TANH))));
    }
}
