package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * Hidden units that cannot learn, read from the pre-activations z of a forward pass over the rows.
 * <ul>
 * <li>DEAD_UNITS: a ReLU unit with z &lt;= 0 on every row. ReLU's derivative is 0 there (f'(0) = 0, as
 * TensorFlow), so no gradient reaches its weights: the unit is unused. ERROR when the whole layer is dead (the
 * output is then constant), else INFO: the live units still learn (rows the layer cannot tell apart are
 * {@link CollapseCheck}'s ERROR).</li>
 * <li>SATURATED_UNITS: a sigmoid or tanh unit with |z| &gt; {@value #SATURATION_Z} on at least
 * {@value #SATURATED_FRACTION} of the rows, where f'(z) &lt; 0.007 (sigmoid) or 1.8e-4 (tanh). WARNING when the
 * whole layer is, else INFO: a confident unit of a net that learned is often saturated.</li>
 * </ul>
 * The output layer is not examined: a confident output unit is saturated by design. Remedies: more units,
 * leaky_relu for ReLU, tanh for sigmoid.
 */
final class UnitCheck implements Check {
    static final double SATURATION_Z = 5;
    static final double SATURATED_FRACTION = 0.95;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        for (int l = 0; l < d.lastLayer(); l++) {
            String act = d.layers.get(l).activation().name();
            if (act.equals("relu")) {
                dead(d, l, out);
            } else if (act.equals("sigmoid") || act.equals("tanh")) {
                saturated(d, l, act, out);
            }
        }
    }

    private static void dead(DiagnosticData d, int l, List<Finding> out) {
        double[][] z = d.z.get(l);
        int width = d.width(l);
        double[] max = new double[width];
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : z) { // row by row: one pass over the rows, in memory order
            for (int u = 0; u < width; u++) {
                max[u] = row[u] > max[u] ? row[u] : max[u];
            }
        }
        List<Integer> dead = new ArrayList<>();
        double maxZ = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < width; u++) {
            if (max[u] <= 0) {
                dead.add(u);
                maxZ = Math.max(maxZ, max[u]);
            }
        }
        if (dead.isEmpty()) {
            return;
        }
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("deadUnits", (double) dead.size());
        evidence.put("layerUnits", (double) width);
        evidence.put("rows", (double) d.rows());
        evidence.put("maxPreActivationOfDeadUnits", maxZ);
        out.add(new Finding(FindingCode.DEAD_UNITS, dead.size() == width ? Severity.ERROR : Severity.INFO,
                d.names.get(l), l, dead, evidence,
                dead.size() + " of " + width + " ReLU units unused: z <= 0 (max " + Finding.format(maxZ) + ") on all "
                        + d.rows() + " rows, so they output 0 and no gradient reaches their weights.",
                "Use more units or leaky_relu, which keeps a small gradient for z < 0.",
                reluRemedies(d, l)));
    }

    static List<Remedy> reluRemedies(DiagnosticData d, int l) {
        return List.of(Remedies.moreUnits(d, l), Remedies.activation(d, l, Activation.LEAKY_RELU));
    }

    static List<Remedy> saturationRemedies(DiagnosticData d, int l) {
        List<Remedy> r = new ArrayList<>();
        r.add(Remedies.moreUnits(d, l));
        if (d.layers.get(l).activation().name().equals("sigmoid")) {
            r.add(Remedies.activation(d, l, Activation.TANH));
        }
        return r;
    }

    private static void saturated(DiagnosticData d, int l, String act, List<Finding> out) {
        double[][] z = d.z.get(l);
        int width = d.width(l);
        List<Integer> units = new ArrayList<>();
        double minFraction = 1;
        int[] count = new int[width];
        for (double[] row : z) {
            for (int u = 0; u < width; u++) {
                count[u] += Math.abs(row[u]) > SATURATION_Z ? 1 : 0;
            }
        }
        for (int u = 0; u < width; u++) {
            double fraction = (double) count[u] / d.rows();
            if (fraction >= SATURATED_FRACTION) {
                units.add(u);
                minFraction = Math.min(minFraction, fraction);
            }
        }
        if (units.isEmpty()) {
            return;
        }
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("saturatedUnits", (double) units.size());
        evidence.put("layerUnits", (double) width);
        evidence.put("minFractionOfRowsBeyond5", minFraction);
        evidence.put("rows", (double) d.rows());
        Severity severity = units.size() == width ? Severity.WARNING : Severity.INFO;
        out.add(new Finding(FindingCode.SATURATED_UNITS, severity, d.names.get(l), l, units, evidence,
                units.size() + " of " + width + " " + act + " units have |z| > 5 on at least "
                        + Finding.format(100 * minFraction) + "% of the rows, where the " + act
                        + " is flat and passes almost no gradient.",
                "See the findings ranked above for why z is so large; otherwise use more units.",
                saturationRemedies(d, l)));
    }
}
