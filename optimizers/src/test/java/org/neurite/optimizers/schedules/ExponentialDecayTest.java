package org.neurite.optimizers.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExponentialDecayTest {
    @Test
    void halvesEveryTenStepsCountingFromKerasIterationZero() {
        ExponentialDecay s = new ExponentialDecay(0.1, 10, 0.5, false);
        assertEquals(0.1, s.at(1), 1e-15);
        assertEquals(0.1 * Math.sqrt(0.5), s.at(6), 1e-15);
        assertEquals(0.05, s.at(11), 1e-15);
        assertEquals(0.025, s.at(21), 1e-15);
    }

    @Test
    void staircaseDecaysInWholePeriods() {
        ExponentialDecay s = new ExponentialDecay(0.1, 10, 0.5, true);
        assertEquals(0.1, s.at(10), 0);
        assertEquals(0.05, s.at(11), 0);
        assertEquals(0.05, s.at(20), 0);
        assertEquals(0.025, s.at(21), 0);
    }

    @Test
    void rejectsBadArgumentsAndStepZero() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ExponentialDecay(0.1, 0, 0.5, false))
                .getMessage().contains("ExponentialDecay.decaySteps must be a finite number > 0; received 0.0"));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialDecay(-0.1, 10, 0.5, false));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialDecay(0.1, 10, 0.5, false).at(0));
    }
}
