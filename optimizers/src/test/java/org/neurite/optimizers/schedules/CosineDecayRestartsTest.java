package org.neurite.optimizers.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CosineDecayRestartsTest {
    @Test
    void restartsWithPeriodsThatDouble() {
        // Periods cover iterations [0, 10), [10, 30), [30, 70).
        CosineDecayRestarts s = new CosineDecayRestarts(1.0, 10);
        assertEquals(1.0, s.at(1), 1e-15);
        assertEquals(0.5, s.at(6), 1e-15);
        assertEquals(1.0, s.at(11), 1e-15);
        assertEquals(0.5, s.at(21), 1e-15);
        assertEquals(1.0, s.at(31), 1e-15);
        assertEquals(0.5, s.at(51), 1e-15);
    }

    @Test
    void fixedPeriodsWithShrinkingPeaksAndAFloor() {
        CosineDecayRestarts s = new CosineDecayRestarts(1.0, 10, 1, 0.5, 0.2);
        assertEquals(0.8 * 0.5 + 0.2, s.at(11), 1e-15);
        assertEquals(0.8 * 0.5 * 0.5 + 0.2, s.at(16), 1e-15);
        assertEquals(0.8 * 0.25 + 0.2, s.at(21), 1e-15);
    }

    @Test
    void rejectsNonPositiveFactors() {
        assertThrows(IllegalArgumentException.class, () -> new CosineDecayRestarts(1.0, 10, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CosineDecayRestarts(1.0, 0));
    }
}
