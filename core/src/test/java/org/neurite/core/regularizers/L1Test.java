package org.neurite.core.regularizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class L1Test {
    @Test
    void penaltyIsL1TimesTheSumOfAbsoluteValuesAndItsGradientTheSign() {
        L1 r = new L1(0.1);
        assertEquals(0.35, r.penalty(new double[] {1, -2, 0.5, 0}, 4), 1e-15);
        double[] g = {1, 1, 1, 1};
        r.addGradient(new double[] {1, -2, 0.5, 0}, g, 4, 2);
        assertArrayEquals(new double[] {1.2, 0.8, 1.2, 1}, g, 1e-15);
    }

    @Test
    void defaultsToKerasFactorAndWritesKerasConfig() {
        assertEquals(0.01, new L1().l1());
        assertEquals("L1", new L1().className());
        assertEquals("{l1=0.01}", new L1().config().toString());
    }

    @Test
    void rejectsANegativeOrNonFiniteFactorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new L1(-0.5));
        assertTrue(e.getMessage().contains("l1=-0.5") && e.getMessage().contains(">= 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new L1(Double.NaN));
    }
}
