package org.neurite.core.diagnostics;

import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.neurite.core.layers.Normalization;
import java.util.Map;

/**
 * INPUT_SCALE (WARNING): input columns whose largest magnitude exceeds {@value #LIMIT}. A first layer initialized
 * for unit-scale inputs (Glorot, He) then starts with |z| in the tens or more: sigmoid and tanh units saturate,
 * and the gradients of every activation grow with the inputs, so a learning rate that suits unit-scale data
 * overshoots. Names up to {@value #SHOWN} columns with their ranges; the remedy is standardizing every column.
 */
final class InputScaleCheck implements Check {
    static final double LIMIT = 10;
    static final int SHOWN = 5;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        if (d.layers.get(0) instanceof Normalization) {
            return; // the model standardizes its own inputs
        }
        double[] min = d.columnMin();
        double[] max = d.columnMax();
        List<Integer> columns = new ArrayList<>();
        double largest = 0;
        for (int c = 0; c < min.length; c++) {
            double magnitude = Math.max(Math.abs(min[c]), Math.abs(max[c]));
            if (magnitude > LIMIT) {
                columns.add(c);
                largest = Math.max(largest, magnitude);
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("columnsBeyondLimit", (double) columns.size());
        evidence.put("largestMagnitude", largest);
        StringBuilder ranges = new StringBuilder();
        for (int c : columns.subList(0, Math.min(SHOWN, columns.size()))) {
            evidence.put("min[column " + c + "]", min[c]);
            evidence.put("max[column " + c + "]", max[c]);
            ranges.append(ranges.length() == 0 ? "" : ", ").append("column ").append(c).append(" in [")
                    .append(Finding.format(min[c])).append(", ").append(Finding.format(max[c])).append(']');
        }
        if (columns.size() > SHOWN) {
            ranges.append(", and ").append(columns.size() - SHOWN).append(" more");
        }
        out.add(new Finding(FindingCode.INPUT_SCALE, Severity.WARNING, null, -1, columns, evidence,
                columns.size() + " of " + min.length + " input columns are far from unit scale (" + ranges
                        + "), so the first layer starts with large z: sigmoid and tanh saturate and the gradients "
                        + "grow with the inputs.",
                "Standardize every input column: (x - mean) / std, with the training rows' statistics.",
                List.of(Remedies.standardize())));
    }
}
