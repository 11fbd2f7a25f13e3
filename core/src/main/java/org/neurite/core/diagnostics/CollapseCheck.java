package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * Rows a hidden layer cannot tell apart: rows on which every unit of the layer sits in a flat region of its
 * activation, in the same way (ReLU: z &lt;= 0; sigmoid or tanh: z &gt; 5 or z &lt; −5 with the same sign per unit).
 * Such rows leave the layer as (nearly) the same vector, so the rest of the network gives them (nearly) the
 * same output, and almost no gradient flows back from them to change that. Reported when such a group holds
 * rows with different labels: as DEAD_UNITS for ReLU (exactly equal outputs, exactly zero gradient) and as
 * SATURATED_UNITS for sigmoid and tanh, as ERROR: those rows can no longer be told apart. This is how 2-2-1 XOR
 * nets get stuck with no unit dead on every row.
 */
final class CollapseCheck implements Check {
    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        for (int l = 0; l < d.lastLayer(); l++) {
            String act = d.layers.get(l).activation().name();
            boolean relu = act.equals("relu");
            if (relu || act.equals("sigmoid") || act.equals("tanh")) {
                check(d, l, relu, act, out);
            }
        }
    }

    private static void check(DiagnosticData d, int l, boolean relu, String act, List<Finding> out) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < d.rows(); r++) {
            String signature = signature(d.z.get(l)[r], relu);
            if (signature != null) {
                groups.computeIfAbsent(signature, k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Integer> group : groups.values()) {
            int first = group.get(0);
            for (int r : group) {
                if (!Arrays.equals(d.labels[r], d.labels[first])) {
                    out.add(finding(d, l, relu, act, group, first, r));
                    return;
                }
            }
        }
    }

    /** The flat-region pattern of one row, or null when some unit is in its responsive region. */
    private static String signature(double[] z, boolean relu) {
        StringBuilder s = new StringBuilder();
        for (double v : z) {
            if (relu ? v > 0 : Math.abs(v) <= UnitCheck.SATURATION_Z) {
                return null;
            }
            s.append(relu || v < 0 ? '-' : '+');
        }
        return s.toString();
    }

    private static Finding finding(DiagnosticData d, int l, boolean relu, String act, List<Integer> group, int a,
                                   int b) {
        int width = d.width(l);
        List<Integer> units = new ArrayList<>();
        for (int u = 0; u < width; u++) {
            units.add(u);
        }
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("collapsedRows", (double) group.size());
        evidence.put("rows", (double) d.rows());
        evidence.put("rowA", (double) a);
        evidence.put("labelA", d.labels[a][0]);
        evidence.put("outputA", d.outputs[a][0]);
        evidence.put("rowB", (double) b);
        evidence.put("labelB", d.labels[b][0]);
        evidence.put("outputB", d.outputs[b][0]);
        String region = relu ? "inactive (z <= 0)" : "saturated (|z| > 5, same signs)";
        String explanation = "All " + width + " " + act + " units are " + region + " on " + group.size() + " rows "
                + "that need different labels (e.g. rows " + a + " and " + b + "), so the layer passes the same vector"
                + " for them, the model outputs " + Finding.format(d.outputs[a][0]) + " and "
                + Finding.format(d.outputs[b][0]) + ", and " + (relu ? "no" : "almost no")
                + " gradient flows back from them to separate them.";
        String fix = relu ? "Use more units or leaky_relu (a small gradient for z < 0), or retrain from another seed."
                : "Use more units" + (act.equals("sigmoid") ? " or tanh" : "") + ", or retrain from another seed.";
        return new Finding(relu ? FindingCode.DEAD_UNITS : FindingCode.SATURATED_UNITS, Severity.ERROR,
                d.names.get(l), l, units, evidence, explanation, fix,
                relu ? UnitCheck.reluRemedies(d, l) : UnitCheck.saturationRemedies(d, l));
    }
}
