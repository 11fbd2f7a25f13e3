package org.neurite.optimizers.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CosineDecayTest {
    @Test
    void decaysAlongHalfACosineToAlpha() {
        CosineDecay s = new CosineDecay(1.0, 100, 0.0);
        assertEquals(1.0, s.at(1), 1e-15);
        assertEquals(0.5, s.at(51), 1e-15);
        assertEquals(0.0, s.at(101), 1e-15);
        assertEquals(0.0, s.at(500), 1e-15);
        assertEquals(0.1, new CosineDecay(1.0, 100, 0.1).at(101), 1e-15);
        assertEquals(0.9 * 0.5 * (1 + Math.cos(Math.PI * 0.25)) + 0.1, new CosineDecay(1.0, 100, 0.1).at(26), 1e-15);
    }

    @Test
    void warmsUpLinearlyThenDecaysFromTheTarget() {
        CosineDecay s = new CosineDecay(0.0, 100, 0.0, 1.0, 10);
        assertEquals(0.0, s.at(1), 0);
        assertEquals(0.5, s.at(6), 1e-15);
        assertEquals(1.0, s.at(11), 1e-15);
        assertEquals(0.5, s.at(61), 1e-15);
        assertEquals(0.0, s.at(111), 1e-15);
        // From a non-zero start: linear from 0.2 to 1.0 over 10 steps, so 0.6 halfway.
        CosineDecay from = new CosineDecay(0.2, 100, 0.0, 1.0, 10);
        assertEquals(0.2, from.at(1), 1e-15);
        assertEquals(0.6, from.at(6), 1e-15);
        assertEquals(1.0, from.at(11), 1e-15);
    }

    @Test
    void rejectsAlphaAboveOneAndMissingWarmupTarget() {
        assertThrows(IllegalArgumentException.class, () -> new CosineDecay(1.0, 100, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new CosineDecay(0.0, 100, 0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new CosineDecay(0.0, 100, 0));
        // alpha = 1, the edge of [0, 1], is a constant rate.
        assertEquals(0.5, new CosineDecay(0.5, 100, 1.0).at(51), 1e-15);
    }
}
