package org.neurite.core.regularizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class L1L2Test {
    @Test
    void penaltyIsTheSumOfBothTerms() {
        assertEquals(0.35 + 0.525, new L1L2(0.1, 0.1).penalty(new double[] {1, -2, 0.5}, 3), 1e-15);
    }

    @Test
    void writesBothFactorsInKerasConfig() {
        assertEquals("{l1=0.0, l2=0.5}", new L1L2(0, 0.5).config().toString());
    }

    @Test
    void rejectsEitherFactorWhenNegative() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new L1L2(0, -2));
        assertTrue(e.getMessage().contains("L1L2.l2") && e.getMessage().contains("-2.0"), e.getMessage());
    }
}
