package org.neurite.core.constraints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitNormTest {
    @Test
    void dividesEachColumnByItsNormPlusEpsilon() {
        double[] w = {3, 0, 4, 2};
        new UnitNorm().apply(w, 2, 2, new double[2]);
        assertArrayEquals(new double[] {3 / (5 + 1e-7), 0, 4 / (5 + 1e-7), 2 / (2 + 1e-7)}, w, 1e-15);
    }

    @Test
    void constrainsAVectorAsOneColumn() {
        double[] b = {3, 4};
        new UnitNorm().apply(b, 2, 1, new double[2]);
        assertArrayEquals(new double[] {0.6, 0.8}, b, 1e-7);
    }

    @Test
    void rejectsAnUnknownAxis() {
        assertThrows(IllegalArgumentException.class, () -> new UnitNorm(-2));
    }
}
