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
    void growingPeriodsWithShrinkingPeaksAndAFloorFollowKerasFormula() {
        // tMul 2, mMul 0.5, alpha 0.1: the second period covers iterations [10, 30) with peak 0.5; iteration 15
        // is a quarter into it. Value: lr·((1 − α)·½·m·(1 + cos(π·f)) + α).
        CosineDecayRestarts s = new CosineDecayRestarts(2.0, 10, 2, 0.5, 0.1);
        assertEquals(2.0 * (0.9 * 0.5 * 0.5 * (1 + Math.cos(Math.PI * 0.25)) + 0.1), s.at(16), 1e-14);
        // tMul 3: periods [0, 10), [10, 40), [40, 130); iteration 85 is half-way through the third, peak 0.25.
        CosineDecayRestarts t = new CosineDecayRestarts(1.0, 10, 3, 0.5, 0);
        assertEquals(0.25 * 0.5, t.at(86), 1e-14);
        assertEquals(0.5 * 0.5 * (1 + Math.cos(Math.PI * 0.2)), t.at(17), 1e-14);
    }

    @Test
    void rejectsNonPositiveFactors() {
        assertThrows(IllegalArgumentException.class, () -> new CosineDecayRestarts(1.0, 10, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CosineDecayRestarts(1.0, 0));
    }
}
