package org.neurite.optimizers.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PiecewiseConstantDecayTest {
    @Test
    void switchesValueAfterEachBoundaryIteration() {
        PiecewiseConstantDecay s = new PiecewiseConstantDecay(List.of(100L, 200L), List.of(1.0, 0.5, 0.1));
        assertEquals(1.0, s.at(1));
        assertEquals(1.0, s.at(101), "iteration 100 is still <= the first boundary");
        assertEquals(0.5, s.at(102));
        assertEquals(0.5, s.at(201));
        assertEquals(0.1, s.at(202));
        assertEquals(0.1, s.at(1_000_000));
    }

    @Test
    void rejectsMismatchedOrUnsortedLists() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseConstantDecay(List.of(100L), List.of(1.0))).getMessage().contains("one more value"));
        assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseConstantDecay(List.of(200L, 100L), List.of(1.0, 0.5, 0.1)));
        assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseConstantDecay(List.of(100L), List.of(1.0, -0.5)));
    }
}
