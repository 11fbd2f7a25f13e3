package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Goal;
import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.matrix;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class ProgressCheckTest {
    private static final INDArray X = matrix(new double[][] {{-1}, {0}, {1}, {2}});
    private static final INDArray Y = matrix(new double[][] {{-1}, {1}, {3}, {5}});

    private static Sequential line(double rate) {
        return compiled(1, rate, Loss.MEAN_SQUARED_ERROR, new Dense(1));
    }

    @Test
    void gradientDescentAtOneMillionthIsTooSlowAndTheRemediesSearchLargerRates() {
        Sequential model = line(1e-6);
        History history = model.fit(X, Y, FitOptions.defaults().withEpochs(50).withBatchSize(4).withVerbose(0));
        Finding f = history.diagnosis().primary().orElseThrow();
        assertEquals(FindingCode.LEARNING_RATE_TOO_SMALL, f.code(), history.diagnosis()::toString);
        assertTrue(f.evidence().get("epochsNeeded") > 10_000, f::toString);
        assertEquals(List.of(0.001, 0.01, 0.1, 1.0), f.remedies().stream()
                .map(r -> ((Change.LearningRate) r.change()).learningRate()).toList());
    }

    @Test
    void aRunStoppedEarlyIsTooShortAndNamesTheEpochsItNeeds() {
        Sequential model = line(0.02);
        History history = model.fit(X, Y, FitOptions.defaults().withEpochs(15).withBatchSize(4).withVerbose(0)
                .withGoal(Goal.loss(1e-3)));
        Finding f = history.diagnosis().primary().orElseThrow();
        assertEquals(FindingCode.TRAINING_TOO_SHORT, f.code(), history.diagnosis()::toString);
        int epochs = ((Change.Epochs) f.remedies().get(0).change()).epochs();
        assertTrue(epochs > 15, f::toString);
    }

    @Test
    void aRunThatReachedItsGoalOrAFlatLossIsNeverTooSlow() {
        Sequential model = line(0.1);
        History history = model.fit(X, Y, FitOptions.defaults().withEpochs(300).withBatchSize(4).withVerbose(0));
        assertFalse(history.diagnosis().has(FindingCode.LEARNING_RATE_TOO_SMALL), history.diagnosis()::toString);
        assertFalse(history.diagnosis().has(FindingCode.TRAINING_TOO_SHORT), history.diagnosis()::toString);
        History flat = new History();
        for (int e = 0; e < 40; e++) {
            flat.record(e, Map.of("loss", 2.0 + (e % 2) * 1e-3));
        }
        Diagnosis d = line(0.1).diagnose(X, Y, flat);
        assertFalse(d.has(FindingCode.LEARNING_RATE_TOO_SMALL) || d.has(FindingCode.TRAINING_TOO_SHORT), d::toString);
    }

    @Test
    void aLossBendingTowardsAnAsymptoteIsALimitNotSlowness() {
        History bending = new History();
        for (int e = 0; e < 40; e++) {
            bending.record(e, Map.of("loss", 1.0 + Math.exp(-e / 3.0)));
        }
        Diagnosis d = line(0.1).diagnose(X, Y, bending);
        assertFalse(d.has(FindingCode.LEARNING_RATE_TOO_SMALL) || d.has(FindingCode.TRAINING_TOO_SHORT), d::toString);
    }

    /** A loss falling geometrically, scale·q^e, over {@code epochs} epochs. */
    private static History geometric(double scale, double q, int epochs) {
        History history = new History();
        for (int e = 0; e < epochs; e++) {
            history.record(e, Map.of("loss", scale * Math.pow(q, e)));
        }
        return history;
    }

    /** The textbook least-squares slope of v[from..to) against 0, 1, 2, ... */
    private static double leastSquaresSlope(List<Double> v, int from, int to) {
        int n = to - from;
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (int i = from; i < to; i++) {
            meanY += v.get(i) / n;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (v.get(from + i) - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return num / den;
    }

    private static List<Finding> progress(History history, Goal goal) {
        Diagnosis d = Diagnostics.diagnose(line(0.1), X, Y, history, goal);
        List<Finding> out = new java.util.ArrayList<>(d.get(FindingCode.TRAINING_TOO_SHORT));
        out.addAll(d.get(FindingCode.LEARNING_RATE_TOO_SMALL));
        return out;
    }

    @Test
    void aGeometricLossGetsItsEvidenceTheEpochsItNeedsAndTheirRoundedRemedy() {
        History history = geometric(2, 0.95, 40);
        List<Finding> findings = progress(history, Goal.loss(1e-3));
        assertEquals(1, findings.size(), findings::toString);
        Finding f = findings.get(0);
        assertEquals(FindingCode.TRAINING_TOO_SHORT, f.code());
        List<Double> loss = history.loss();
        double last = 2 * Math.pow(0.95, 39);
        double slope = leastSquaresSlope(loss, 30, 40);
        assertEquals(last, f.evidence().get("lastLoss"));
        assertEquals(slope, f.evidence().get("lossSlopePerEpoch"), 1e-15);
        assertEquals(1e-3, f.evidence().get("targetLoss"));
        assertEquals(40.0, f.evidence().get("epochsTrained"));
        // log-loss falls by ln 0.95 an epoch: ln(1e-3 / last) / ln 0.95 = 109.18..., so 110 more epochs.
        assertEquals(110.0, f.evidence().get("epochsNeeded"));
        // 40 + 1.5·110 = 205, rounded up to two significant digits.
        assertEquals(List.of(new Change.Epochs(210)), f.remedies().stream().map(r -> r.change()).toList());
        assertEquals("The loss is still falling at the end (" + Finding.format(slope) + " per epoch over the last 10 "
                + "epochs, now " + Finding.format(last) + "); going on at that pace it reaches 0.001000 in about 110 "
                + "more epochs: training stopped too early.", f.explanation());
        assertEquals("Train for about 210 epochs.", f.fix());
    }

    @Test
    void withoutAGoalTheTargetIsATenthOfTheConstantPredictorsLoss() {
        // Y = -1, 1, 3, 5: the constant predictor's MSE is their variance, 5.
        List<Finding> findings = progress(geometric(10, 0.95, 40), null);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(0.5, findings.get(0).evidence().get("targetLoss"));
    }

    @Test
    void tenEpochsAreEnoughToJudgeAndNineAreNot() {
        List<Finding> ten = progress(geometric(2, 0.8, 10), Goal.loss(1e-3));
        assertEquals(1, ten.size(), ten::toString);
        assertEquals(10.0, ten.get(0).evidence().get("epochsTrained"));
        // Window 5 (a quarter of 10 is less): the slope over the epochs 5 to 9.
        assertEquals(leastSquaresSlope(geometric(2, 0.8, 10).loss(), 5, 10),
                ten.get(0).evidence().get("lossSlopePerEpoch"), 1e-15);
        assertTrue(progress(geometric(2, 0.8, 9), Goal.loss(1e-3)).isEmpty());
    }

    @Test
    void aLossThatFallsOnlySevenTimesInNineStepsIsNotSteadyButEightIs() {
        for (int ties : new int[] {1, 2}) {
            History history = new History();
            double value = 2;
            for (int e = 0; e < 40; e++) {
                boolean tie = (e == 33) || (ties == 2 && e == 36);
                value = tie ? value : value * 0.95;
                history.record(e, Map.of("loss", value));
            }
            // falls among the last 10 epochs: 9 - ties; the check needs at least 0.8 · 9 = 7.2.
            assertEquals(ties == 1 ? 1 : 0, progress(history, Goal.loss(1e-3)).size(), "ties " + ties);
        }
    }

    /** A geometric loss 2·q^e over n epochs whose log-slope reaches 1e-3 after {@code needed} − 0.5 more epochs. */
    private static History needing(int n, double needed) {
        double q = Math.exp(Math.log(1e-3 / 2) / (needed - 0.5 + n - 1));
        return geometric(2, q, n);
    }

    @Test
    void tooSlowNeedsOverTenTimesTheEpochsTrainedAndOverTenThousandInAll() {
        // 40 epochs, 9,960 more needed: 10,000 in all is not over 10,000.
        Finding atTheTotal = progress(needing(40, 9960), Goal.loss(1e-3)).get(0);
        assertEquals(9960.0, atTheTotal.evidence().get("epochsNeeded"));
        assertEquals(FindingCode.TRAINING_TOO_SHORT, atTheTotal.code());
        Finding beyond = progress(needing(40, 9961), Goal.loss(1e-3)).get(0);
        assertEquals(FindingCode.LEARNING_RATE_TOO_SMALL, beyond.code());
        assertEquals("The loss is still falling at the end (" + Finding.format(beyond.evidence().get("lossSlopePerEpoch"))
                + " per epoch over the last 10 epochs, now " + Finding.format(beyond.evidence().get("lastLoss"))
                + "); going on at that pace it reaches 0.001000 in about 9961 more epochs, over 249 times the 40 "
                + "trained: the learning rate 0.1000 makes the steps too small.", beyond.explanation());
        assertEquals(List.of(1.0), beyond.remedies().stream()
                .map(r -> ((Change.LearningRate) r.change()).learningRate()).toList(), "only 1 is 3 times 0.1");
        // 1,000 epochs, 10,000 more needed: over 10,000 in all but not over ten times 1,000.
        Finding atTenTimes = progress(needing(1000, 10_000), Goal.loss(1e-3)).get(0);
        assertEquals(10_000.0, atTenTimes.evidence().get("epochsNeeded"));
        assertEquals(FindingCode.TRAINING_TOO_SHORT, atTenTimes.code());
        assertEquals(new Change.Epochs(16_000), atTenTimes.remedies().get(0).change(), "1000 + 15000, two digits");
        assertEquals(FindingCode.LEARNING_RATE_TOO_SMALL,
                progress(needing(1000, 10_001), Goal.loss(1e-3)).get(0).code());
    }

    @Test
    void largerRatesAreThoseAtLeastThreeTimesTheCurrentOne() {
        assertEquals(List.of(1.0), ProgressCheck.larger(1.0 / 3).stream()
                .map(r -> ((Change.LearningRate) r.change()).learningRate()).toList(), "3 · (1/3) is exactly 1");
        assertEquals(List.of(0.01, 0.1, 1.0), ProgressCheck.larger(0.001).stream()
                .map(r -> ((Change.LearningRate) r.change()).learningRate()).toList());
    }

    @Test
    void roundUpKeepsTwoSignificantDigits() {
        assertEquals(1300, ProgressCheck.roundUp(1234));
        assertEquals(1200, ProgressCheck.roundUp(1200));
        assertEquals(210, ProgressCheck.roundUp(205));
        assertEquals(7, ProgressCheck.roundUp(6.5));
        assertEquals(16_000, ProgressCheck.roundUp(15_001));
    }

    @Test
    void aTargetOfZeroCanNeverBeReachedByAGeometricFallSoItIsNotJudged() {
        assertTrue(progress(geometric(2, 0.95, 40), Goal.loss(0)).isEmpty());
    }

    /** 24 epochs (a window of 6): 18 epochs at twice the tail's first loss, then {@code tail}. */
    private static History endingWith(double... tail) {
        History history = new History();
        for (int e = 0; e < 24; e++) {
            history.record(e, Map.of("loss", e < 18 ? 2 * tail[0] : tail[e - 18]));
        }
        return history;
    }

    @Test
    void fourFallsInFiveStepsAreExactlyEightyPercentAndSteadyEnough() {
        // 20 > 16 > 12 > 10 < 10.5 > 6: 4 falls in 5 steps, exactly 0.8 · 5 (0.8 · 5 rounds to 4.0): "at least 80%".
        List<Finding> four = progress(endingWith(20, 16, 12, 10, 10.5, 6), Goal.loss(1e-3));
        assertEquals(1, four.size(), four::toString);
        assertTrue(progress(endingWith(20, 16, 12, 10, 10.5, 10.75), Goal.loss(1e-3)).isEmpty(), "3 falls in 5");
    }

    @Test
    void aLossWhoseLeastSquaresSlopeIsExactlyZeroIsNotFalling() {
        // 12, 10, 8, 24, 23, 1 falls 4 times in 5, and Σ (i - 2.5)·(y_i - 13) = 0 exactly (the mean 78 / 6 = 13 and
        // every term are exact): "the slope is negative" is strict. 12, 10, 8, 24, 22, 1 has slope -2/17.5 < 0.
        assertEquals(0.0, ProgressCheck.slope(List.of(12.0, 10.0, 8.0, 24.0, 23.0, 1.0)), "the construction");
        assertTrue(progress(endingWith(12, 10, 8, 24, 23, 1), Goal.loss(1e-3)).isEmpty());
        assertEquals(1, progress(endingWith(12, 10, 8, 24, 22, 1), Goal.loss(1e-3)).size());
    }

    @Test
    void aLateSlopeOfExactlyAQuarterOfTheEarlyOneIsNotYetFlattening() {
        // Early half 20, 16, 12 (slope -4), late half 3, 2, 1 (slope -1 = 0.25 · -4): "at least a quarter" includes
        // a quarter; 3, 2.5, 2 (slope -0.5) is flattening.
        List<Finding> quarter = progress(endingWith(20, 16, 12, 3, 2, 1), Goal.loss(1e-3));
        assertEquals(1, quarter.size(), quarter::toString);
        assertTrue(progress(endingWith(20, 16, 12, 3, 2.5, 2), Goal.loss(1e-3)).isEmpty());
    }

    @Test
    void aLastLossExactlyAtTheTargetNeedsNoMoreEpochs() {
        // With a goal on another series than the loss (here val_loss, not reached) the target is a tenth of the
        // constant predictor's MSE 5: 0.1 · 5 rounds to exactly 0.5. A loss falling by 0.5 an epoch that ends at
        // 0.5 is at the target ("last > target" is strict); ending at 0.625 it is not.
        Goal valLoss = new Goal("val_loss", 1e-3, true);
        assertTrue(progress(endingWith(3, 2.5, 2, 1.5, 1, 0.5), valLoss).isEmpty());
        List<Finding> above = progress(endingWith(3.125, 2.625, 2.125, 1.625, 1.125, 0.625), valLoss);
        assertEquals(0.5, above.get(0).evidence().get("targetLoss"));
    }

    @Test
    void aLossFallingBelowTheSmallestNormalDoubleHasNoLogSlopeToExtrapolate() {
        // Every loss of the window is under Double.MIN_NORMAL, so every log is clamped to the same value: a
        // log-slope of exactly 0 ("the log-slope is negative" is strict), and no epochs can be extrapolated.
        double u = Double.MIN_VALUE;
        List<Finding> found = progress(endingWith(6000 * u, 5000 * u, 4000 * u, 3000 * u, 2000 * u, 1000 * u),
                Goal.loss(100 * u));
        assertTrue(found.isEmpty(), found::toString);
        assertEquals(1, progress(endingWith(6000, 5000, 4000, 3000, 2000, 1000), Goal.loss(100)).size(),
                "the same fall in normal numbers");
    }
}
