package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.NonFiniteGradientException;
import org.neurite.core.Sequential;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * DIVERGED (ERROR): the model's outputs are NaN or infinite, or (with a history) some epoch's loss was NaN or
 * infinite, or the last loss is at least {@value #GROWTH} times the lowest and above the first: the steps
 * overshoot. The evidence comes from the finite epochs only (lowest and last finite loss). A 10 times smaller
 * rate is not always enough (Adam at 50 on XOR: 5 trains 2 of 10 seeds, 0.5 trains 9), so the remedies are a
 * search: the learning rate times 0.1, 0.01 and 0.001, and, when even the last is above 0.1, the rates 0.1 and
 * 0.01 as well.
 */
final class DivergenceCheck implements Check {
    static final double GROWTH = 10;
    static final double[] SEARCH = {0.1, 0.01, 0.001};

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        boolean badOutput = !d.finiteOutputs();
        List<Double> loss = d.history == null ? List.of() : d.history.loss();
        int nonFinite = -1;
        int lastFinite = -1;
        double min = Double.POSITIVE_INFINITY;
        for (int e = 0; e < loss.size(); e++) {
            boolean finite = Double.isFinite(loss.get(e));
            nonFinite = nonFinite < 0 && !finite ? e : nonFinite;
            lastFinite = finite ? e : lastFinite;
            min = finite ? Math.min(min, loss.get(e)) : min;
        }
        double last = loss.isEmpty() ? Double.NaN : loss.get(loss.size() - 1);
        boolean growing = !loss.isEmpty() && Double.isFinite(last) && last >= GROWTH * min && last > loss.get(0);
        if (!badOutput && nonFinite < 0 && !growing) {
            return;
        }
        double lr = d.model.optimizer().learningRate().at(1);
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("learningRate", lr);
        if (lastFinite >= 0) {
            evidence.put("firstLoss", loss.get(0));
            evidence.put("lowestLoss", min);
            evidence.put("lastFiniteLoss", loss.get(lastFinite));
            evidence.put("lastFiniteEpoch", (double) lastFinite);
        }
        if (nonFinite >= 0) {
            evidence.put("firstNonFiniteEpoch", (double) nonFinite);
        }
        String what = nonFinite >= 0 ? "the loss became " + loss.get(nonFinite) + " at epoch index " + nonFinite
                + (lastFinite >= 0 ? " (last finite: " + Finding.format(loss.get(lastFinite)) + ")" : "")
                : badOutput ? "the model's outputs are NaN or infinite"
                : "the loss grew from its lowest " + Finding.format(min) + " to " + Finding.format(last);
        out.add(finding(evidence, what, lr, search(lr)));
    }

    private static Finding finding(Map<String, Double> evidence, String what, double lr, List<Remedy> remedies) {
        return new Finding(FindingCode.DIVERGED, Severity.ERROR, null, -1, List.of(), evidence,
                "Training diverged: " + what + ", so the steps at learning rate " + Finding.format(lr)
                        + " overshoot instead of descending.",
                "Use a smaller learning rate; the remedies below search for one.", remedies);
    }

    /** The finding for a fit that stopped on a NaN or infinite gradient (the weights are the last finite ones). */
    static Finding fromException(NonFiniteGradientException e, Sequential model) {
        double lr = model.optimizer().learningRate().at(1);
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("learningRate", lr);
        evidence.put("step", (double) e.step());
        return finding(evidence, "the gradient of " + e.parameter() + " became NaN or infinite at step " + e.step(),
                lr, search(lr));
    }

    /** The learning-rate remedies: {@link #SEARCH} times lr, then 0.1 and 0.01 when lr / 1000 is still above 0.1. */
    static List<Remedy> search(double lr) {
        List<Remedy> remedies = new java.util.ArrayList<>(Remedies.learningRates(lr, SEARCH));
        if (lr * SEARCH[SEARCH.length - 1] > 0.1) {
            remedies.addAll(Remedies.learningRates(lr, 0.1 / lr, 0.01 / lr));
        }
        return remedies;
    }

    /** Whether the history or the outputs hold a NaN or infinity (then nothing else can be trusted). */
    static boolean broken(DiagnosticData d) {
        if (!d.finiteOutputs()) {
            return true;
        }
        return d.history != null && d.history.loss().stream().anyMatch(v -> !Double.isFinite(v));
    }
}
