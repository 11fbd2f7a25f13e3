package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrialRunnerTest {
    @Test
    void theMedianOfEpochsSortsFirstAndAveragesTheMiddleTwoOfAnEvenCount() {
        assertEquals(3.0, TrialRunner.median(List.of(5, 1, 3)));
        assertEquals(7.0, TrialRunner.median(List.of(7)));
        assertEquals(2.5, TrialRunner.median(List.of(4, 1, 3, 2)), "sorted 1, 2, 3, 4");
        assertEquals(15.0, TrialRunner.median(List.of(20, 10)));
        assertTrue(Double.isNaN(TrialRunner.median(List.of())), "no run reached the goal");
    }
}
