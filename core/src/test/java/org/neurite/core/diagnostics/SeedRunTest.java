package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Diagnosis;

class SeedRunTest {
    @Test
    void saysWhetherTheGoalWasReachedAndAfterHowManyEpochs() {
        assertEquals("seed 3: reached the goal after 12 epochs", new SeedRun(3, true, 12, 0.01, new Diagnosis(List.of()))
                .toString());
        Diagnosis none = new Diagnosis(List.of());
        assertEquals("seed 4: missed the goal after 0 epochs (final 0.5000); " + none,
                new SeedRun(4, false, 0, 0.5, none).toString());
    }

    @Test
    void rejectsANegativeEpochCountOrNoDiagnosis() {
        assertThrows(IllegalArgumentException.class, () -> new SeedRun(1, false, -1, 0.5, new Diagnosis(List.of())));
        assertThrows(IllegalArgumentException.class, () -> new SeedRun(1, false, 1, 0.5, null));
    }
}
