package org.neurite.datasets.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaygroundOptionsTest {
    @Test
    void defaultsArePlaygroundsFiveHundredCleanPointsWithSeedFortyTwo() {
        PlaygroundOptions o = PlaygroundOptions.defaults();
        assertEquals(new PlaygroundOptions(500, 0, 42), o);
        assertEquals(500, o.rows());
        assertEquals(0.0, o.noise());
        assertEquals(42L, o.seed());
    }

    @Test
    void acceptsTwoRowsAndNoiseFromZeroToOneInclusive() {
        assertEquals(2, new PlaygroundOptions(2, 0, 1).rows());
        assertEquals(1.0, new PlaygroundOptions(2, 1, 1).noise());
        assertEquals(0.0, PlaygroundOptions.defaults().withNoise(0).noise());
    }

    @Test
    void refusesOneRowNamingTheArgument() {
        String m = assertThrows(IllegalArgumentException.class, () -> new PlaygroundOptions(1, 0, 1)).getMessage();
        assertTrue(m.contains("PlaygroundOptions.rows must be >= 2; received rows=1"), m);
    }

    @Test
    void refusesNoiseJustOutsideTheUnitIntervalNamingTheArgument() {
        for (double noise : new double[] {Math.nextUp(1.0), -Double.MIN_VALUE, Double.NaN}) {
            String m = assertThrows(IllegalArgumentException.class,
                    () -> PlaygroundOptions.defaults().withNoise(noise)).getMessage();
            assertTrue(m.contains("PlaygroundOptions.noise") && m.contains("received noise=" + noise), m);
        }
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        PlaygroundOptions o = new PlaygroundOptions(10, 0.25, 7);
        assertEquals(new PlaygroundOptions(11, 0.25, 7), o.withRows(11));
        assertEquals(new PlaygroundOptions(10, 0.5, 7), o.withNoise(0.5));
        assertEquals(new PlaygroundOptions(10, 0.25, 8), o.withSeed(8));
    }
}
