package org.neurite.optimizers.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InverseTimeDecayTest {
    @Test
    void followsOneOverOnePlusRateTimesProgress() {
        InverseTimeDecay s = new InverseTimeDecay(1.0, 10, 0.5, false);
        assertEquals(1.0, s.at(1), 0);
        assertEquals(1 / 1.25, s.at(6), 1e-15);
        assertEquals(2.0 / 3, s.at(11), 1e-15);
        assertEquals(0.5, s.at(21), 1e-15);
    }

    @Test
    void staircaseFloorsTheProgress() {
        InverseTimeDecay s = new InverseTimeDecay(1.0, 10, 0.5, true);
        assertEquals(1.0, s.at(10), 0);
        assertEquals(2.0 / 3, s.at(20), 1e-15);
    }

    @Test
    void rejectsNegativeRate() {
        assertThrows(IllegalArgumentException.class, () -> new InverseTimeDecay(1.0, 10, -0.5, false));
    }
}
