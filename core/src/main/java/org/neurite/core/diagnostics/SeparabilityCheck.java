package org.neurite.core.diagnostics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neurite.core.layers.Layer;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * LINEARLY_INSEPARABLE: when every hidden layer is linear, the model computes f(W·x + b) per output, so
 * it can only split each output's two label values with a hyperplane (through the origin when no layer
 * has a bias). For each output column whose labels take exactly two values, {@link LinearSeparability}
 * decides exactly whether such a hyperplane exists; a verified "no" is reported. Columns with other label
 * sets (regression), softmax outputs and data with more distinct rows than the solver takes are not judged.
 */
final class SeparabilityCheck implements Check {
    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        for (int l = 0; l < d.lastLayer(); l++) {
            if (!d.layers.get(l).activation().name().equals("linear")) {
                return;
            }
        }
        if (d.outputActivation().name().equals("softmax") || d.labels[0].length != d.outputs[0].length) {
            return;
        }
        boolean offset = d.layers.stream().anyMatch(Layer::useBias);
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
            LinearSeparability.Result result = LinearSeparability.decide(d.inputs, positive, offset);
            if (result.verdict() == LinearSeparability.Verdict.INSEPARABLE) {
                out.add(finding(d, c, values, offset, result));
            }
        }
    }

    private static Finding finding(DiagnosticData d, int column, TreeSet<Double> values, boolean offset,
                                   LinearSeparability.Result result) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("outputColumn", (double) column);
        evidence.put("rows", (double) d.rows());
        evidence.put("certificateRows", (double) result.certificate().size());
        result.certificate().forEach((row, weight) -> evidence.put("certificateWeight[row " + row + "]", weight));
        int last = d.lastLayer();
        return new Finding(FindingCode.LINEARLY_INSEPARABLE, d.names.get(last), last, List.of(column), evidence,
                "The model has no hidden nonlinearity, so output " + column + " separates its labels "
                        + values.first() + " and " + values.last() + " with one hyperplane"
                        + (offset ? "" : " through the origin") + ", and no such hyperplane exists for these rows "
                        + "(a Farkas certificate: the weighted sum of the certificate rows, each signed by its class,"
                        + " is zero).",
                "Add a hidden layer with a nonlinear activation before the output, e.g. new Dense(4, "
                        + "Activation.TANH); 2 tanh or sigmoid units suffice for XOR.");
    }
}
