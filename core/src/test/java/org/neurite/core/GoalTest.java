package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.core.History;

class GoalTest {
    private static History history(double... loss) {
        History history = new History();
        for (int e = 0; e < loss.length; e++) {
            history.record(e, Map.of("loss", loss[e], "binary_accuracy", e >= 2 ? 1.0 : 0.5));
        }
        return history;
    }

    @Test
    void firstReachedIsTheIndexOfTheFirstEpochMeetingTheTarget() {
        History history = history(0.9, 0.5, 0.2, 0.3);
        assertEquals(2, Goal.loss(0.25).firstReached(history));
        assertEquals(2, Goal.metric("binary_accuracy", 1.0).firstReached(history));
        assertEquals(-1, Goal.loss(0.1).firstReached(history));
        assertEquals(-1, Goal.metric("val_loss", 1.0).firstReached(history));
    }

    @Test
    void isReachedLooksAtTheLastEpoch() {
        assertFalse(Goal.loss(0.25).isReached(history(0.9, 0.5, 0.2, 0.3)));
        assertTrue(Goal.loss(0.3).isReached(history(0.9, 0.5, 0.2, 0.3)));
        assertFalse(Goal.loss(1).isReached(new History()));
    }

    @Test
    void rejectsABlankSeriesAndANonFiniteTarget() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Goal(" ", 1, true));
        assertTrue(e.getMessage().contains("series"));
        assertThrows(IllegalArgumentException.class, () -> Goal.loss(Double.NaN));
    }
}
