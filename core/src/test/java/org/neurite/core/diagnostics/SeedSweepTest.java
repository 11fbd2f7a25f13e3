package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.GradientDescent;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Goal;

class SeedSweepTest {
    private static final LongFunction<Sequential> RELU_2_2_1 = seed -> {
        Sequential model = new Sequential(new Dense(2, Activation.RELU), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    };
    private static final FitOptions FIT = FitOptions.defaults().withEpochs(150).withBatchSize(4);
    private static final Goal GOAL = Goal.metric("accuracy", 1.0);

    @Test
    void theResultDependsOnlyOnTheSeedsNotOnTheThreadCount() {
        SweepResult one = SeedSweep.of(0, 8).withThreads(1).run(RELU_2_2_1, xorX(), xorY(), FIT, GOAL);
        SweepResult four = SeedSweep.of(0, 8).withThreads(4).run(RELU_2_2_1, xorX(), xorY(), FIT, GOAL);
        assertEquals(one, four);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), four.runs().stream().map(SeedRun::seed).toList());
    }

    @Test
    void eachRunStopsAtTheFirstEpochMeetingTheGoalOrTrainsEveryEpoch() {
        java.util.concurrent.atomic.AtomicInteger trained = new java.util.concurrent.atomic.AtomicInteger();
        org.neurite.core.Callback counter = new org.neurite.core.Callback() {
            @Override
            public void onEpochEnd(int epoch, java.util.Map<String, Double> logs,
                                   org.neurite.core.TrainingContext context) {
                trained.incrementAndGet();
            }
        };
        SweepResult result = SeedSweep.of(10, 8).run(RELU_2_2_1, xorX(), xorY(), FIT.withCallbacks(counter), GOAL);
        assertTrue(result.successRate() > 0 && result.successRate() < 1, result::toString);
        for (SeedRun run : result.runs()) {
            if (run.reached()) {
                assertEquals(1.0, run.finalValue());
                assertTrue(run.epochs() < 150, run::toString);
            } else {
                assertEquals(150, run.epochs());
                assertTrue(run.finalValue() < 1.0);
            }
        }
        // every epoch trained is one the runs report: a reached run trained no epoch past its first at the goal
        assertEquals(result.runs().stream().mapToInt(SeedRun::epochs).sum(), trained.get());
    }

    @Test
    void aRunStoppedByANonFiniteGradientIsAFailureDiagnosedDiverged() {
        LongFunction<Sequential> regression = seed -> {
            Sequential model = new Sequential(new Dense(1));
            model.compile(new GradientDescent(1e30), Loss.MEAN_SQUARED_ERROR);
            return model;
        };
        SweepResult result = SeedSweep.of(0, 2).run(regression, TestModels.matrix(new double[][] {{1}, {2}}),
                TestModels.matrix(new double[][] {{1}, {2}}), FIT, Goal.loss(1e-3));
        for (SeedRun run : result.runs()) {
            assertTrue(!run.reached() && run.diagnosis().has(FindingCode.DIVERGED), run::toString);
            Finding finding = run.diagnosis().get(FindingCode.DIVERGED).get(0);
            assertEquals(1e30, finding.evidence().get("learningRate"));
            assertEquals(List.of(FindingCode.DIVERGED), run.diagnosis().codes());
        }
    }

    @Test
    void rejectsDuplicateSeedsAndAFactoryThatDoesNotCompile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SeedSweep(List.of(1L, 1L), 2));
        assertTrue(e.getMessage().contains("[1, 1]"), e.getMessage());
        SeedSweep sweep = SeedSweep.of(0, 2);
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> sweep.run(seed -> new Sequential(new Dense(1)), xorX(), xorY(), FIT, GOAL));
        assertTrue(f.getMessage().contains("compiled"), f.getMessage());
    }

    @Test
    void aSweepOfOneSeedAndAGoalMetAtTheFirstEpochAreFine() {
        SweepResult result = SeedSweep.of(5, 1).run(RELU_2_2_1, xorX(), xorY(), FIT, Goal.loss(1e9));
        assertEquals(List.of(5L), result.runs().stream().map(SeedRun::seed).toList());
        assertTrue(result.runs().get(0).reached(), result::toString);
        assertEquals(1, result.runs().get(0).epochs());
    }

    @Test
    void aFactoryReturningAnUncompiledModelIsNamed() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SeedSweep.of(0, 1).withThreads(1).run(seed -> new Sequential(new Dense(1)), xorX(), xorY(), FIT,
                        GOAL));
        assertTrue(e.getMessage().contains("received an uncompiled model for seed 0"), e.getMessage());
    }

    @Test
    void anInterruptedSweepStopsWithItsThreadStillMarkedInterrupted() {
        Thread caller = Thread.currentThread();
        LongFunction<Sequential> interruptsTheCaller = seed -> {
            caller.interrupt();
            try {
                new java.util.concurrent.CountDownLatch(1).await(); // until the sweep shuts its pool down
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SeedSweep.of(0, 1).withThreads(1).run(interruptsTheCaller, xorX(), xorY(), FIT, GOAL));
        boolean flagged = Thread.interrupted(); // clears the flag for the next tests
        assertEquals("SeedSweep.run was interrupted", e.getMessage());
        assertTrue(e.getCause() instanceof InterruptedException, e::toString);
        assertTrue(flagged, "the caller's interrupt flag is restored");
    }
}
