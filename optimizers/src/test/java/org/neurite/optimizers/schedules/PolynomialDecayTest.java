package org.neurite.optimizers.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PolynomialDecayTest {
    @Test
    void linearDecayReachesTheEndRateAndStaysThere() {
        PolynomialDecay s = new PolynomialDecay(0.1, 100);
        assertEquals(0.1, s.at(1), 1e-15);
        assertEquals((0.1 - 1e-4) * 0.5 + 1e-4, s.at(51), 1e-15);
        assertEquals(1e-4, s.at(101), 1e-15);
        assertEquals(1e-4, s.at(1000), 1e-15);
    }

    @Test
    void powerAndCycleFollowKeras() {
        assertEquals(0.1 * 0.25, new PolynomialDecay(0.1, 100, 0, 2, false).at(51), 1e-15);
        PolynomialDecay cycling = new PolynomialDecay(0.1, 100, 0, 1, true);
        // k = 150: decay steps grow to 200, so (1 − 150/200) = 0.25.
        assertEquals(0.1 * 0.25, cycling.at(151), 1e-15);
        assertEquals(0.1, cycling.at(1), 1e-15);
    }

    @Test
    void rejectsNonPositivePower() {
        assertThrows(IllegalArgumentException.class, () -> new PolynomialDecay(0.1, 100, 0, 0, false));
    }
}
