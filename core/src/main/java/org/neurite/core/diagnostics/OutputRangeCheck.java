package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.Metric;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * OUTPUT_RANGE, three exact cases:
 * <ul>
 * <li>labels outside the output activation's closed range [inf f, sup f] (e.g. −1 labels on a sigmoid), so
 * those rows' loss can never reach its minimum (with hinge loss, whose 0 labels mean −1, the targets are
 * ±1);</li>
 * <li>a binary accuracy metric with labels other than 0 and 1 (e.g. ±1 labels): it compares the thresholded
 * output, 0 or 1, with the label, so those rows never count as correct and accuracy can never reach 1 (an ERROR
 * only when the goal is that accuracy; otherwise INFO, since the metric does not steer training);</li>
 * <li>a binary accuracy threshold outside the open range (inf f, sup f) of the output activation: the outputs
 * can never cross it, so every row gets the same predicted class.</li>
 * </ul>
 * Labels of class-index losses (fewer label columns than outputs) are not judged. The remedy for labels outside
 * the range: a tanh output when every label lies in [−1, 1], else a linear one.
 */
final class OutputRangeCheck implements Check {
    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        if (d.labels[0].length != d.outputs[0].length) {
            return;
        }
        boolean hinge = d.model.loss().name().equals("hinge");
        Activation act = d.outputActivation();
        int outside = 0;
        int notBinary = 0;
        int firstOutside = -1;
        int firstNotBinary = -1;
        double outsideLabel = 0;
        double notBinaryLabel = 0;
        for (int r = 0; r < d.rows(); r++) {
            for (double label : d.labels[r]) {
                double target = hinge && label == 0 ? -1 : label;
                if (target < act.lowerBound() || target > act.upperBound()) {
                    outside++;
                    outsideLabel = firstOutside < 0 ? label : outsideLabel;
                    firstOutside = firstOutside < 0 ? r : firstOutside;
                }
                if (label != 0 && label != 1) {
                    notBinary++;
                    notBinaryLabel = firstNotBinary < 0 ? label : notBinaryLabel;
                    firstNotBinary = firstNotBinary < 0 ? r : firstNotBinary;
                }
            }
        }
        int last = d.lastLayer();
        if (outside > 0) {
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("labelsOutsideRange", (double) outside);
            evidence.put("firstRow", (double) firstOutside);
            evidence.put("label", outsideLabel);
            evidence.put("rangeLow", act.lowerBound());
            evidence.put("rangeHigh", act.upperBound());
            out.add(new Finding(FindingCode.OUTPUT_RANGE, Severity.ERROR, d.names.get(last), last, List.of(), evidence,
                    outside + " label values lie outside the " + act.name() + " output's range ["
                            + Finding.format(act.lowerBound()) + ", " + Finding.format(act.upperBound())
                            + "] (first in row " + firstOutside + "), so the outputs can never reach them.",
                    "Use an output activation whose range covers the labels (tanh for ±1, linear for regression) or "
                            + "rescale the labels (e.g. (y + 1) / 2 for ±1 labels on a sigmoid).",
                    List.of(Remedies.activation(d, last, covering(d)))));
        }
        threshold(d, act, out);
        if (notBinary > 0 && hasBinaryAccuracy(d.model.metrics())) {
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("labelsNotZeroOrOne", (double) notBinary);
            evidence.put("firstRow", (double) firstNotBinary);
            evidence.put("label", notBinaryLabel);
            boolean goal = d.goal != null && (d.goal.series().endsWith("accuracy") || d.goal.series().endsWith("acc"));
            out.add(new Finding(FindingCode.OUTPUT_RANGE, goal ? Severity.ERROR : Severity.INFO, d.names.get(last),
                    last, List.of(), evidence, "Binary accuracy compares the thresholded output (0 or 1) with the "
                            + "label, and " + notBinary
                            + " labels are neither 0 nor 1 (first in row " + firstNotBinary
                            + "), so those rows never count as correct and accuracy can never reach 1.",
                    "Encode the classes as 0 and 1 (e.g. (y + 1) / 2 for ±1 labels), or track the loss instead."));
        }
    }

    /** tanh when every label lies in [-1, 1], else linear. */
    private static Activation covering(DiagnosticData d) {
        for (double[] row : d.labels) {
            for (double v : row) {
                if (Math.abs(v) > 1) {
                    return Activation.LINEAR;
                }
            }
        }
        return Activation.TANH;
    }

    private static void threshold(DiagnosticData d, Activation act, List<Finding> out) {
        for (Metric m : d.model.metrics()) {
            double t = org.neurite.core.metrics.Metrics.binaryThreshold(m);
            if (Double.isNaN(t) || (act.lowerBound() < t && t < act.upperBound())) {
                continue;
            }
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("threshold", t);
            evidence.put("rangeLow", act.lowerBound());
            evidence.put("rangeHigh", act.upperBound());
            int last = d.lastLayer();
            out.add(new Finding(FindingCode.OUTPUT_RANGE, Severity.ERROR, d.names.get(last), last, List.of(), evidence,
                    m.name() + " thresholds the outputs at " + Finding.format(t) + ", outside the " + act.name()
                            + " output's range (" + Finding.format(act.lowerBound()) + ", "
                            + Finding.format(act.upperBound()) + "), so every row gets the same predicted class.",
                    "Use a threshold inside the output's range (e.g. 0.5 for a sigmoid), or an output activation "
                            + "that spans the threshold."));
        }
    }

    private static boolean hasBinaryAccuracy(List<Metric> metrics) {
        return metrics.stream().anyMatch(m -> !Double.isNaN(org.neurite.core.metrics.Metrics.binaryThreshold(m)));
    }
}
