package org.neurite.optimizers.schedules;

/** Converts Neurite's 1-based step to Keras's 0-based iteration, and checks schedule arguments. */
final class Steps {
    private Steps() {
    }

    /** Keras's {@code iterations} before the update numbered {@code step} (1-based): {@code step − 1}. */
    static double keras(String owner, long step) {
        if (step < 1) {
            throw new IllegalArgumentException(owner + ".at: step is 1-based and must be >= 1; received step=" + step
                    + ".");
        }
        return step - 1;
    }

    static void positive(String owner, String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(owner + "." + name + " must be a finite number > 0; received " + value
                    + ".");
        }
    }

    static void nonNegative(String owner, String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(owner + "." + name + " must be a finite number >= 0; received " + value
                    + ".");
        }
    }
}
