package org.neurite.core.regularizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class L2Test {
    @Test
    void penaltyIsL2TimesTheSumOfSquaresWithoutAHalfAndItsGradientTwiceThat() {
        L2 r = new L2(0.1);
        assertEquals(0.525, r.penalty(new double[] {1, -2, 0.5}, 3), 1e-15);
        double[] g = new double[3];
        r.addGradient(new double[] {1, -2, 0.5}, g, 3, 1);
        assertArrayEquals(new double[] {0.2, -0.4, 0.1}, g, 1e-15);
    }

    @Test
    void defaultsToKerasFactorAndWritesKerasConfig() {
        assertEquals(0.01, new L2().l2());
        assertEquals("{l2=0.01}", new L2().config().toString());
    }

    @Test
    void rejectsANegativeFactorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new L2(-1));
        assertTrue(e.getMessage().contains("L2.l2") && e.getMessage().contains("l2=-1.0"), e.getMessage());
    }
}
