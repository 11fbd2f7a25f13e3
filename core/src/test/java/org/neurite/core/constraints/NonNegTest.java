package org.neurite.core.constraints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NonNegTest {
    @Test
    void zeroesNegativeWeightsOnly() {
        double[] w = {-1, 0, 2.5, -0.001};
        new NonNeg().apply(w, 2, 2, new double[2]);
        assertArrayEquals(new double[] {0, 0, 2.5, 0}, w, 0);
        assertEquals("NonNeg", new NonNeg().className());
    }
}
