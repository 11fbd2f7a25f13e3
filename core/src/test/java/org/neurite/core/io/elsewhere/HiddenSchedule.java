package org.neurite.core.io.elsewhere;

import org.neurite.core.LearningRateSchedule;

/**
 * A schedule record that is not public, in a package other than the codec's: saving it needs its accessor and
 * re-creating it its constructor, both out of the codec's reach without {@code setAccessible}.
 */
public final class HiddenSchedule {
    private HiddenSchedule() {
    }

    /** A rate that halves every {@code 1000} steps from {@code initial}. */
    public static LearningRateSchedule halving(double initial) {
        return new Halving(initial, 1000);
    }

    record Halving(double initial, long every) implements LearningRateSchedule {
        @Override
        public double at(long step) {
            return initial * Math.pow(0.5, (double) (step / every));
        }
    }
}
