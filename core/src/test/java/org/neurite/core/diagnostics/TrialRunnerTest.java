package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Change;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.FitOptions;
import org.neurite.core.Loss;
import org.neurite.core.Remedy;
import org.neurite.core.Severity;
import org.neurite.core.Trial;
import org.neurite.core.layers.Dense;

/**
 * The runner's bookkeeping with its runs and its clock faked: which runs it starts from which seeds, what it
 * makes of their outcomes, and its budget, interruption and failure paths (real trainings are in DiagnosticsTest).
 */
class TrialRunnerTest {
    private static final INDArray X = TestModels.matrix(new double[][] {{-1}, {0}, {1}, {2}});
    private static final INDArray Y = TestModels.labels(-1, 1, 3, 5);
    /** A 1-1 line (2 parameters) on 4 rows, 10 epochs, fit seed 7. */
    private static final Recipe RECIPE = Recipe.of(TestModels.compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(1)),
            X, Y, FitOptions.defaults().withEpochs(10).withBatchSize(4).withVerbose(0).withSeed(7));
    private static final LongSupplier STILL = () -> 0L;

    private static Trials trials(int seeds) {
        return new Trials(seeds, 1, 1000, Trials.MAX_WORK, false);
    }

    /** A problem with one remedy per change, named by the change. */
    private static Finding problem(Severity severity, Change... changes) {
        List<Remedy> remedies = new ArrayList<>();
        for (Change c : changes) {
            remedies.add(Remedy.untried(c.toString(), c));
        }
        return new Finding(FindingCode.TRAINING_TOO_SHORT, severity, null, -1, List.of(), Map.of(), "slow", "longer",
                remedies);
    }

    /** The seeds each trial run got, in the order the runs started (one thread: submission order). */
    private static final class Recording implements TrialRunner.Trainer {
        final List<String> runs = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Recipe.Run train(Recipe recipe, long seed) {
            runs.add(recipe.options.epochs() + "@" + seed);
            return new Recipe.Run(seed % 2 == 1, (int) seed);
        }
    }

    @Test
    void theMedianOfEpochsSortsFirstAndAveragesTheMiddleTwoOfAnEvenCount() {
        assertEquals(3.0, TrialRunner.median(List.of(5, 1, 3)));
        assertEquals(7.0, TrialRunner.median(List.of(7)));
        assertEquals(2.5, TrialRunner.median(List.of(4, 1, 3, 2)), "sorted 1, 2, 3, 4");
        assertEquals(15.0, TrialRunner.median(List.of(20, 10)));
        assertTrue(Double.isNaN(TrialRunner.median(List.of())), "no run reached the goal");
    }

    @Test
    void eachRemedyRunsFromTheFitsSeedUpwardsAndItsTrialCountsOnlyTheRunsThatReachedTheGoal() {
        Recording recording = new Recording();
        Diagnosis d = new Diagnosis(List.of(problem(Severity.WARNING, new Change.Epochs(20), new Change.Epochs(30))));
        Diagnosis verified = new TrialRunner(RECIPE, trials(4), recording, STILL).verify(d);
        // Seeds 7, 8, 9, 10 (the fit's seed 7 and the next three): the odd ones, 7 and 9, reach the goal in as
        // many epochs as their seed in this fake, so the median is 8.
        assertEquals(List.of("20@7", "20@8", "20@9", "20@10", "30@7", "30@8", "30@9", "30@10"), recording.runs);
        List<Remedy> remedies = verified.findings().get(0).remedies();
        assertEquals(new Trial(4, 2, 8.0, 20), remedies.get(0).trial());
        assertEquals(new Trial(4, 2, 8.0, 30), remedies.get(1).trial());
    }

    @Test
    void onlyTheFirstEightDistinctChangesAreTriedAndInfoFindingsKeepTheirRemediesUntouched() {
        Change[] nine = new Change[9];
        for (int i = 0; i < 9; i++) {
            nine[i] = new Change.Epochs(11 + i);
        }
        Finding info = problem(Severity.INFO, new Change.Epochs(99));
        Diagnosis d = new Diagnosis(List.of(problem(Severity.ERROR, nine), problem(Severity.WARNING, nine[0]), info));
        Recording recording = new Recording();
        Diagnosis verified = new TrialRunner(RECIPE, trials(1), recording, STILL).verify(d);
        assertEquals(List.of("11@7", "12@7", "13@7", "14@7", "15@7", "16@7", "17@7", "18@7"), recording.runs,
                "a change named twice runs once; the ninth not at all");
        List<Remedy> first = verified.findings().get(0).remedies();
        assertEquals(new Trial(1, 1, 7.0, 11), first.get(0).trial());
        assertEquals(new Trial(1, 1, 7.0, 18), first.get(7).trial());
        assertEquals("untried: beyond the first 8 remedies", first.get(8).note());
        assertEquals(new Trial(1, 1, 7.0, 11), verified.findings().get(1).remedies().get(0).trial(),
                "the same change's trial");
        assertEquals(info, verified.findings().get(2));
    }

    @Test
    void aChangeTheModelCannotTakeIsMarkedAsNotApplyingWithoutARun() {
        Recording recording = new Recording();
        Diagnosis d = new Diagnosis(List.of(problem(Severity.WARNING, new Change.Units(5, 3), new Change.Epochs(20))));
        List<Remedy> remedies = new TrialRunner(RECIPE, trials(1), recording, STILL).verify(d).findings().get(0)
                .remedies();
        assertEquals("untried: it does not apply to this model (its layers or its loss)", remedies.get(0).note(),
                "there is no layer 5");
        assertEquals(List.of("20@7"), recording.runs);
    }

    @Test
    void workOfExactlyTheCapIsTriedAndAboveItOnlyWhenForced() {
        // Epochs 20 and 30 on 1 seed, 4 rows, 2 parameters: work 1·20·4·2 + 1·30·4·2 = 400.
        Diagnosis d = new Diagnosis(List.of(problem(Severity.WARNING, new Change.Epochs(20), new Change.Epochs(30))));
        Recording atCap = new Recording();
        new TrialRunner(RECIPE, new Trials(1, 1, 1000, 400, false), atCap, STILL).verify(d);
        assertEquals(2, atCap.runs.size());
        Recording belowCap = new Recording();
        Diagnosis skipped = new TrialRunner(RECIPE, new Trials(1, 1, 1000, 399, false), belowCap, STILL).verify(d);
        assertEquals(List.of(), belowCap.runs);
        assertEquals("untried: trials are opt-in for a model this large (work 4.0e+02 > 4.0e+02; force them with "
                + "Trials.withForce(true) or --verify-fixes)", skipped.findings().get(0).remedies().get(1).note());
        Recording forced = new Recording();
        new TrialRunner(RECIPE, new Trials(1, 1, 1000, 399, true), forced, STILL).verify(d);
        assertEquals(2, forced.runs.size());
    }

    @Test
    void aRunMayStillStartAtTheDeadlineButNotAfterItAndARemedyWithAnUnstartedRunIsUntried() {
        // The clock reads 0 when the budget of 2 ms starts, then 1, 2, 3 ms, ... at each run's start: the runs
        // starting at 1 and 2 ms (the deadline itself) train, the one at 3 ms does not.
        AtomicLong reads = new AtomicLong();
        LongSupplier clock = () -> reads.getAndIncrement() * 1_000_000L;
        Diagnosis d = new Diagnosis(List.of(problem(Severity.WARNING, new Change.Epochs(20), new Change.Epochs(30))));
        Recording recording = new Recording();
        List<Remedy> remedies = new TrialRunner(RECIPE, new Trials(2, 1, 2, Trials.MAX_WORK, false), recording, clock)
                .verify(d).findings().get(0).remedies();
        assertEquals(List.of("20@7", "20@8"), recording.runs);
        assertEquals(new Trial(2, 1, 7.0, 20), remedies.get(0).trial());
        assertEquals("untried: the 0.002000 s trial budget ran out", remedies.get(1).note());
    }

    @Test
    void anInterruptedVerifyStopsWithItsThreadStillMarkedInterrupted() {
        Thread caller = Thread.currentThread();
        TrialRunner.Trainer interruptsTheCaller = (recipe, seed) -> {
            caller.interrupt();
            try {
                new CountDownLatch(1).await(); // until the runner shuts its pool down
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Recipe.Run(false, 0);
        };
        Diagnosis d = new Diagnosis(List.of(problem(Severity.WARNING, new Change.Epochs(20))));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TrialRunner(RECIPE, trials(1), interruptsTheCaller, STILL).verify(d));
        boolean flagged = Thread.interrupted(); // clears the flag for the next tests
        assertEquals("Diagnostics.verify was interrupted", e.getMessage());
        assertTrue(e.getCause() instanceof InterruptedException, e::toString);
        assertTrue(flagged, "the caller's interrupt flag is restored");
    }

    @Test
    void aRunThatThrowsFailsTheVerifyWithItsOwnExceptionOrAnErrorWrapped() {
        Diagnosis d = new Diagnosis(List.of(problem(Severity.WARNING, new Change.Epochs(20))));
        IllegalArgumentException bad = new IllegalArgumentException("a broken layer");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> new TrialRunner(RECIPE, trials(1),
                (recipe, seed) -> {
                    throw bad;
                }, STILL).verify(d)));
        AssertionError error = new AssertionError("an error");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> new TrialRunner(RECIPE,
                trials(1), (recipe, seed) -> {
                    throw error;
                }, STILL).verify(d));
        assertSame(error, wrapped.getCause());
    }
}
