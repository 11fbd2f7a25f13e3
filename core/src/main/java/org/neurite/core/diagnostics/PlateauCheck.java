package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * PLATEAU (needs the loss history): the best loss of the last {@value #PATIENCE} epochs is no better than
 * the best before them by more than {@value #MIN_IMPROVEMENT} of the constant predictor's loss, and the
 * last loss is within {@value #TOLERANCE} (relative) of that constant predictor's loss
 * ({@link ConstantPredictor}): the network has learned nothing beyond the label mean, e.g. BCE ≈ ln 2 on
 * balanced labels, an output of about 0.5 for every input. A symptom, ranked after its causes; WARNING. Remedies:
 * more units in the first hidden layer and a 10 times smaller learning rate.
 */
final class PlateauCheck implements Check {
    static final int PATIENCE = 20;
    static final double MIN_IMPROVEMENT = 1e-3;
    static final double TOLERANCE = 0.05;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        if (d.history == null || d.history.size() <= PATIENCE) {
            return;
        }
        List<Double> loss = d.history.loss();
        double baseline = d.baseline();
        double last = loss.get(loss.size() - 1);
        if (!(baseline > 0) || !Double.isFinite(last)) {
            return;
        }
        int split = loss.size() - PATIENCE;
        double bestBefore = min(loss.subList(0, split));
        double bestRecent = min(loss.subList(split, loss.size()));
        boolean stalled = bestRecent > bestBefore - MIN_IMPROVEMENT * baseline;
        if (!stalled || Math.abs(last - baseline) > TOLERANCE * baseline) {
            return;
        }
        double[] spread = outputSpread(d.outputs);
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("lastLoss", last);
        evidence.put("constantPredictorLoss", baseline);
        evidence.put("epochsWithoutImprovement", (double) PATIENCE);
        evidence.put("outputMin", spread[0]);
        evidence.put("outputMax", spread[1]);
        out.add(new Finding(FindingCode.PLATEAU, Severity.WARNING, null, -1, List.of(), evidence,
                "The loss has not improved for " + PATIENCE + " epochs and sits at " + Finding.format(last)
                        + ", the loss of a constant predictor (" + Finding.format(baseline) + "): the network outputs "
                        + "about the same value (" + Finding.format(spread[0]) + " to " + Finding.format(spread[1])
                        + ") for every input.",
                "See the findings ranked above for a cause; otherwise use more hidden units or retrain from another "
                        + "seed.", remedies(d)));
    }

    private static List<Remedy> remedies(DiagnosticData d) {
        List<Remedy> r = new java.util.ArrayList<>();
        if (Remedies.firstHidden(d) >= 0) {
            r.add(Remedies.moreUnits(d, Remedies.firstHidden(d)));
        }
        r.addAll(Remedies.learningRates(d, 0.1));
        return r;
    }

    private static double min(List<Double> values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double[] outputSpread(double[][] outputs) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : outputs) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }
}
