package org.neurite.core.diagnostics;

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
 * balanced labels, an output of about 0.5 for every input.
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
        double baseline = ConstantPredictor.loss(d.model.loss().name(), d.labels, d.width(d.lastLayer()));
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
        out.add(Finding.ofModel(FindingCode.PLATEAU, evidence,
                "The loss has not improved for " + PATIENCE + " epochs and sits at " + Finding.format(last)
                        + ", the loss of a constant predictor (" + Finding.format(baseline) + "): the network outputs "
                        + "about the same value (" + Finding.format(spread[0]) + " to " + Finding.format(spread[1])
                        + ") for every input.",
                "Check the findings above for a cause; otherwise retrain from another seed, with more hidden units, "
                        + "or with a larger learning rate or an adaptive optimizer such as Adam."));
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
