package org.neurite.core.constraints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaxNormTest {
    @Test
    void scalesEachColumnWhoseNormExceedsTheMaximumAsKerasDoes() {
        // Column 0 = (3, 4), norm 5 → ×2/(5 + 1e-7); column 1 = (0.1, 0.2), norm √0.05 → ×√0.05/(√0.05 + 1e-7).
        double[] w = {3, 0.1, 4, 0.2};
        new MaxNorm(2).apply(w, 2, 2, new double[2]);
        assertArrayEquals(new double[] {3 * 2 / (5 + 1e-7), 0.09999995527866046, 4 * 2 / (5 + 1e-7),
                0.19999991055732091}, w, 1e-15);
    }

    @Test
    void axisOneConstrainsRows() {
        double[] w = {3, 4, 0.1, 0.2};
        new MaxNorm(1, 1).apply(w, 2, 2, new double[2]);
        assertArrayEquals(new double[] {0.6, 0.8, 0.1, 0.2}, w, 1e-6);
    }

    @Test
    void rejectsANonPositiveMaximumAndAnUnknownAxis() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MaxNorm(0));
        assertTrue(e.getMessage().contains("maxValue=0.0"), e.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> new MaxNorm(2, 2));
        assertTrue(a.getMessage().contains("axis=2"), a.getMessage());
    }
}
