package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Goal;

class SweepResultTest {
    private static SeedRun ok(long seed, int epochs) {
        return new SeedRun(seed, true, epochs, 1.0, Diagnosis.empty());
    }

    private static SeedRun failed(long seed) {
        Finding finding = Finding.ofModel(FindingCode.PLATEAU, Severity.WARNING, java.util.Map.of("lastLoss", 0.69), "stuck.", "retry.");
        return new SeedRun(seed, false, 100, 0.5, new Diagnosis(List.of(finding)));
    }

    @Test
    void reportsTheSuccessRateTheMedianEpochsAndEachFailure() {
        SweepResult result = new SweepResult(Goal.metric("binary_accuracy", 1), List.of(ok(0, 30), failed(1),
                ok(2, 10), ok(3, 20), failed(4)));
        assertEquals(0.6, result.successRate(), 1e-15);
        assertEquals(20.0, result.medianEpochs());
        assertEquals(List.of(1L, 4L), result.failures().stream().map(SeedRun::seed).toList());
        assertTrue(result.toString().contains("3 of 5 seeds") && result.toString().contains("seed 4"),
                result::toString);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndNaNWithoutSuccesses() {
        Goal goal = Goal.loss(0.1);
        assertEquals(15.0, new SweepResult(goal, List.of(ok(0, 10), ok(1, 20))).medianEpochs());
        assertTrue(Double.isNaN(new SweepResult(goal, List.of(failed(0))).medianEpochs()));
    }

    @Test
    void rejectsAnEmptyListOfRuns() {
        assertThrows(IllegalArgumentException.class, () -> new SweepResult(Goal.loss(0.1), List.of()));
    }

    @Test
    void theReportGivesTheSuccessRateAsAPercentage() {
        SweepResult result = new SweepResult(Goal.loss(0.1), List.of(ok(0, 10), failed(1), ok(2, 30), ok(3, 20)));
        assertTrue(result.toString().startsWith("Seed sweep (goal loss <= 0.1): 3 of 4 seeds reached the goal (75%), "
                + "median 20 epochs.\n  seed 1: missed"), result::toString);
    }
}
