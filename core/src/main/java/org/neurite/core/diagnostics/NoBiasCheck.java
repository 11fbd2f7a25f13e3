package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import org.neurite.core.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * NO_BIAS: a layer without bias that receives an all-zero row computes z = 0 for it whatever its weights,
 * so that row's activations are pinned at f(0) (σ(0) = 0.5, tanh(0) = 0). The pinning starts at all-zero input
 * rows and carries on through every following bias-free layer while f(0) = 0. Reported when some row is pinned
 * and the model misses a target by at least half the label span (the largest |p − y| over rows and outputs,
 * span = max(y) − min(y), 1 when the labels are constant).
 *
 * <p>The layer named is the one whose bias matters: the output layer when it has none (a bias there moves the
 * pinned rows' outputs independently of the others; in a 1-1-1 sigmoid net on identity it trains every seed
 * while a bias in the hidden layer trains none), else the last bias-free layer of the pinned chain. Remedies:
 * a bias in that layer, and in each other bias-free layer as alternatives.
 */
final class NoBiasCheck implements Check {
    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        int chainEnd = -1;
        for (int l = 0; l < d.layers.size(); l++) {
            if (d.layers.get(l).useBias()) {
                break;
            }
            chainEnd = l;
            if (d.activate(l, 0) != 0) {
                break;
            }
        }
        List<Integer> pinned = chainEnd < 0 ? List.of() : zeroRows(d.inputs());
        if (pinned.isEmpty()) {
            return;
        }
        double[] worst = worstMiss(d);
        int worstRow = (int) worst[0];
        if (!(worst[1] >= 0.5 * worst[2])) {
            return;
        }
        int last = d.lastLayer();
        int named = d.layers.get(last).useBias() ? chainEnd : last;
        double f0 = d.activate(chainEnd, 0);
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("pinnedRows", (double) pinned.size());
        evidence.put("firstPinnedRow", (double) pinned.get(0));
        evidence.put("pinnedLayer", (double) chainEnd);
        evidence.put("pinnedActivation", f0);
        evidence.put("worstRow", (double) worstRow);
        evidence.put("worstRowOutput", d.outputs[worstRow][(int) worst[3]]);
        evidence.put("worstRowTarget", d.labels[worstRow][(int) worst[3]]);
        String rows = pinned.size() + " all-zero input row" + (pinned.size() == 1 ? "" : "s") + " (first: row "
                + pinned.get(0) + ")";
        String what = chainEnd == last
                ? "No layer has a bias, so on the " + rows + " the output is pinned at f(0) = " + Finding.format(f0)
                        + " whatever the weights"
                : "Layer '" + d.names.get(chainEnd) + "' has no bias, so on the " + rows + " its activations are "
                        + "pinned at f(0) = " + Finding.format(f0) + " whatever the weights"
                        + (named == last ? ", and the output layer '" + d.names.get(last) + "', without a bias either, "
                        + "cannot shift those rows' outputs apart from the others'" : "");
        out.add(new Finding(FindingCode.NO_BIAS, Severity.ERROR, d.names.get(named), named, List.of(), evidence,
                what + "; the model misses row " + worstRow + " by " + Finding.format(worst[1]) + ".",
                "Turn the bias on in layer '" + d.names.get(named) + "' (Dense has one by default; "
                        + "withUseBias(true)).", remedies(d, named)));
    }

    private static List<Remedy> remedies(DiagnosticData d, int named) {
        List<Remedy> remedies = new ArrayList<>();
        remedies.add(Remedy.untried("bias on in layer '" + d.names.get(named) + "'", new Change.Bias(named)));
        for (int l = 0; l < d.layers.size(); l++) {
            if (l != named && !d.layers.get(l).useBias()) {
                remedies.add(Remedy.untried("bias on in layer '" + d.names.get(l) + "' only", new Change.Bias(l)));
            }
        }
        return remedies;
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
