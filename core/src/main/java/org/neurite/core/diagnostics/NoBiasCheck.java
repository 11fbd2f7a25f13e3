package org.neurite.core.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * NO_BIAS: a layer without bias that receives an all-zero row computes z = 0 for it whatever its weights,
 * so that row's activations are pinned at f(0) (σ(0) = 0.5, tanh(0) = 0). The pinning is structural: it
 * starts at all-zero input rows and carries on through every following bias-free layer while f(0) = 0.
 * Reported when some row is pinned and the model misses a target by at least half the label span (the
 * largest |p − y| over rows and outputs, span = max(y) − min(y), 1 when the labels are constant); when the
 * pinning reaches the output, that row's prediction is f(0) forever.
 */
final class NoBiasCheck implements Check {
    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        List<Integer> pinned = zeroRows(d.inputs);
        if (pinned.isEmpty()) {
            return;
        }
        int layer = -1;
        for (int l = 0; l < d.layers.size(); l++) {
            if (d.layers.get(l).useBias()) {
                break;
            }
            layer = l;
            if (d.activate(l, 0) != 0) {
                break;
            }
        }
        if (layer < 0) {
            return;
        }
        double[] worst = worstMiss(d);
        int worstRow = (int) worst[0];
        if (!(worst[1] >= 0.5 * worst[2])) {
            return;
        }
        double f0 = d.activate(layer, 0);
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("pinnedRows", (double) pinned.size());
        evidence.put("firstPinnedRow", (double) pinned.get(0));
        evidence.put("pinnedActivation", f0);
        evidence.put("worstRow", (double) worstRow);
        evidence.put("worstRowOutput", d.outputs[worstRow][(int) worst[3]]);
        evidence.put("worstRowTarget", d.labels[worstRow][(int) worst[3]]);
        boolean toOutput = layer == d.lastLayer();
        out.add(new Finding(FindingCode.NO_BIAS, d.names.get(layer), layer, List.of(), evidence,
                "Layer '" + d.names.get(layer) + "' and those before it have no bias, so on the " + pinned.size()
                        + " all-zero input rows (first: row " + pinned.get(0) + ") z = 0 whatever the weights and the"
                        + " activations are pinned at f(0) = " + Finding.format(f0)
                        + (toOutput ? ", which is the model's output for those rows forever"
                                : ", which ties what the next layers can output for them to the other rows")
                        + "; the model misses row " + worstRow + " by " + Finding.format(worst[1]) + ".",
                "Turn the bias on: Dense has one by default (new Dense(units, activation)), or call "
                        + "withUseBias(true)."));
    }

    private static List<Integer> zeroRows(double[][] inputs) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < inputs.length; r++) {
            boolean zero = true;
            for (double v : inputs[r]) {
                zero &= v == 0;
            }
            if (zero) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** {row, |p − y|, label span, column} of the largest miss; labels of width 1 with many outputs are skipped. */
    private static double[] worstMiss(DiagnosticData d) {
        int cols = d.labels[0].length;
        if (cols != d.outputs[0].length) {
            return new double[] {0, 0, 1, 0};
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[] worst = {0, -1, 1, 0};
        for (int r = 0; r < d.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                min = Math.min(min, d.labels[r][c]);
                max = Math.max(max, d.labels[r][c]);
                double miss = Math.abs(d.outputs[r][c] - d.labels[r][c]);
                if (miss > worst[1]) {
                    worst = new double[] {r, miss, 1, c};
                }
            }
        }
        worst[2] = max > min ? max - min : 1;
        return worst;
    }
}
