package org.neurite.core.diagnostics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * DIVERGED: the model's outputs are NaN or infinite, or (with a history) some epoch's loss was NaN or
 * infinite, or the last loss is at least {@value #GROWTH} times the lowest and above the first: the steps
 * overshoot. Names the learning rate the next step would use and one ten times smaller to try.
 */
final class DivergenceCheck implements Check {
    static final double GROWTH = 10;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        boolean badOutput = false;
        for (double[] row : d.outputs) {
            for (double v : row) {
                badOutput |= !Double.isFinite(v);
            }
        }
        List<Double> loss = d.history == null ? List.of() : d.history.loss();
        int nonFinite = -1;
        double min = Double.POSITIVE_INFINITY;
        for (int e = 0; e < loss.size(); e++) {
            nonFinite = nonFinite < 0 && !Double.isFinite(loss.get(e)) ? e : nonFinite;
            min = Double.isFinite(loss.get(e)) ? Math.min(min, loss.get(e)) : min;
        }
        double last = loss.isEmpty() ? Double.NaN : loss.get(loss.size() - 1);
        boolean growing = !loss.isEmpty() && last >= GROWTH * min && last > loss.get(0);
        if (!badOutput && nonFinite < 0 && !growing) {
            return;
        }
        double lr = d.model.currentLearningRate();
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("learningRate", lr);
        evidence.put("suggestedLearningRate", lr / 10);
        if (!loss.isEmpty()) {
            evidence.put("firstLoss", loss.get(0));
            evidence.put("lowestLoss", min);
            evidence.put("lastLoss", last);
        }
        if (nonFinite >= 0) {
            evidence.put("firstNonFiniteEpoch", (double) nonFinite);
        }
        String what = badOutput ? "the model's outputs are NaN or infinite"
                : nonFinite >= 0 ? "the loss became " + loss.get(nonFinite) + " at epoch index " + nonFinite
                : "the loss grew from its lowest " + Finding.format(min) + " to " + Finding.format(last);
        out.add(Finding.ofModel(FindingCode.DIVERGED, evidence,
                "Training diverged: " + what + ", so the steps at learning rate " + Finding.format(lr)
                        + " overshoot instead of descending.",
                "Retrain with a smaller learning rate, e.g. " + Finding.format(lr / 10)
                        + ", and standardize inputs and targets."));
    }

    /** The finding for a fit that stopped on a NaN or infinite gradient. */
    static Finding fromException(org.neurite.core.NonFiniteGradientException e, double lr) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("learningRate", lr);
        evidence.put("suggestedLearningRate", lr / 10);
        evidence.put("step", (double) e.step());
        return Finding.ofModel(FindingCode.DIVERGED, evidence,
                "Training diverged: the gradient of " + e.parameter() + " became NaN or infinite at step " + e.step()
                        + ", so the steps at learning rate " + Finding.format(lr) + " overshoot.",
                "Retrain with a smaller learning rate, e.g. " + Finding.format(lr / 10)
                        + ", and standardize inputs and targets.");
    }
}
