package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkerTest {
    @Test
    void aWaitingSideSpinsForSpinNanosThenParks() {
        long start = 1_000_000;
        assertTrue(Worker.spinning(start, start));
        assertTrue(Worker.spinning(start, start + Worker.SPIN_NANOS - 1));
        assertFalse(Worker.spinning(start, start + Worker.SPIN_NANOS));
        assertFalse(Worker.spinning(start, start + 1_000_000_000L));
    }

    @Test
    void theSpinWindowIsMeasuredAcrossAWrapAroundOfNanoTime() {
        long start = Long.MAX_VALUE - 5;
        assertTrue(Worker.spinning(start, Long.MIN_VALUE + 5), "11 ns after start, past the counter's wrap-around");
        assertFalse(Worker.spinning(start, start + Worker.SPIN_NANOS), "SPIN_NANOS later, wrapped too");
    }
}
