package org.neurite.core.diagnostics;

import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import org.neurite.core.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LEARNING_RATE_TOO_SMALL and TRAINING_TOO_SHORT (need a history of at least {@value #MIN_EPOCHS} epochs and
 * a run that did not reach its goal): the loss is still falling at the end. Over the last quarter of the epochs
 * (at least {@value #MIN_WINDOW}) the loss fell from epoch to epoch at least {@value #STEADY} of the time, its
 * least-squares slope is negative, and it is not flattening out (the slope over the second half of that window is
 * at least {@value #FLATTENING} times the slope over the first half: a curve bending towards an asymptote is a
 * limit, not slowness), and the last loss is still above the target loss (the goal's when the goal is a loss,
 * else {@value #DEFAULT_TARGET} times the constant predictor's). Extrapolating the log-loss along its least-squares
 * slope over that window (losses fall roughly geometrically; a log-slope that is not negative, e.g. of losses all
 * under {@link Double#MIN_NORMAL}, is not extrapolated), it would reach the target in {@code epochsNeeded} more
 * epochs.
 * More than {@value #TOO_SLOW} times the epochs trained and more than {@value #TOO_MANY} epochs in all (more than
 * anyone would train a net this way) is LEARNING_RATE_TOO_SMALL (remedies: a search over the
 * rates 0.001, 0.01, 0.1 and 1 that are at least 3 times the current one); fewer is TRAINING_TOO_SHORT (remedy:
 * that many epochs). Both WARNINGs.
 */
final class ProgressCheck implements Check {
    static final int MIN_EPOCHS = 10;
    static final int MIN_WINDOW = 5;
    static final double STEADY = 0.8;
    static final double DEFAULT_TARGET = 0.1;
    static final double TOO_SLOW = 10;
    static final double TOO_MANY = 10_000;
    static final double FLATTENING = 0.25;
    static final double[] SEARCH = {0.001, 0.01, 0.1, 1};

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        if (d.history == null || d.history.size() < MIN_EPOCHS || Boolean.TRUE.equals(d.learned)) {
            return;
        }
        List<Double> loss = d.history.loss();
        int n = loss.size();
        int window = Math.max(MIN_WINDOW, n / 4);
        List<Double> tail = loss.subList(n - window, n);
        if (tail.stream().anyMatch(v -> !Double.isFinite(v))) {
            return;
        }
        int falls = 0;
        for (int i = 1; i < window; i++) {
            falls += tail.get(i) < tail.get(i - 1) ? 1 : 0;
        }
        double slope = slope(tail);
        double last = loss.get(n - 1);
        double target = d.goal != null && d.goal.series().equals("loss") ? d.goal.target()
                : DEFAULT_TARGET * d.baseline();
        double early = slope(tail.subList(0, window / 2));
        double late = slope(tail.subList(window / 2, window));
        if (falls < STEADY * (window - 1) || !(slope < 0) || !(last > target) || !(late <= FLATTENING * early)) {
            return;
        }
        List<Double> logs = tail.stream().map(v -> Math.log(Math.max(v, Double.MIN_NORMAL))).toList();
        double logSlope = slope(logs);
        if (!(logSlope < 0) || !(target > 0)) {
            return;
        }
        double needed = Math.ceil(Math.log(target / last) / logSlope);
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("lastLoss", last);
        evidence.put("lossSlopePerEpoch", slope);
        evidence.put("targetLoss", target);
        evidence.put("epochsTrained", (double) n);
        evidence.put("epochsNeeded", needed);
        String trend = "The loss is still falling at the end (" + Finding.format(slope) + " per epoch over the last "
                + window + " epochs, now " + Finding.format(last) + "); going on at that pace it reaches "
                + Finding.format(target) + " in about " + Finding.format(needed) + " more epochs";
        if (needed > TOO_SLOW * n && n + needed > TOO_MANY) {
            out.add(new Finding(FindingCode.LEARNING_RATE_TOO_SMALL, Severity.WARNING, null, -1, List.of(), evidence,
                    trend + ", over " + Finding.format(Math.floor(needed / n)) + " times the " + n + " trained: the "
                            + "learning rate " + Finding.format(d.model.optimizer().learningRate().at(1))
                            + " makes the steps too small.",
                    "Raise the learning rate; the remedies below search for one.",
                    larger(d.model.optimizer().learningRate().at(1))));
        } else {
            int epochs = (int) Math.min(Integer.MAX_VALUE, roundUp(n + 1.5 * needed));
            out.add(new Finding(FindingCode.TRAINING_TOO_SHORT, Severity.WARNING, null, -1, List.of(), evidence,
                    trend + ": training stopped too early.", "Train for about " + epochs + " epochs.",
                    List.of(Remedy.untried(epochs + " epochs", new Change.Epochs(epochs)))));
        }
    }

    /** The rates of {@link #SEARCH} at least 3 times {@code lr}, as remedies. */
    static List<Remedy> larger(double lr) {
        List<Remedy> out = new java.util.ArrayList<>();
        for (double candidate : SEARCH) {
            if (candidate >= 3 * lr) {
                out.addAll(Remedies.learningRates(lr, candidate / lr));
            }
        }
        return out;
    }

    /** Rounds up to two significant digits (1234 → 1300). */
    static double roundUp(double v) {
        double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(v)) - 1));
        return Math.ceil(v / scale) * scale;
    }

    /** The least-squares slope of the values against their index. */
    static double slope(List<Double> values) {
        int n = values.size();
        double mx = (n - 1) / 2.0;
        double my = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mx) * (values.get(i) - my);
            sxx += (i - mx) * (i - mx);
        }
        return sxy / sxx;
    }
}
