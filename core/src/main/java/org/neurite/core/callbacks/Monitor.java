package org.neurite.core.callbacks;

import java.util.Map;

/** Reads a monitored value from an epoch's logs and compares it, in Keras's conventions. */
final class Monitor {
    private final String owner;
    private final String name;
    private final boolean max;

    Monitor(String owner, String name, Mode mode) {
        this.owner = owner;
        this.name = name;
        this.max = mode.resolve(name) == Mode.MAX;
    }

    /** The value, or a clear error when the logs lack it (Keras only warns and does nothing). */
    double read(Map<String, Double> logs) {
        Double value = logs.get(name);
        if (value == null) {
            throw new IllegalStateException(owner + " monitors '" + name + "' but the epoch logs hold only "
                    + logs.keySet() + ". Monitor one of those, or pass validation data to fit for val_ values.");
        }
        return value;
    }

    /** The worst possible value, to start from. */
    double worst() {
        return max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Whether {@code value} beats {@code reference} by more than {@code minDelta} (NaN never does). */
    boolean improves(double value, double reference, double minDelta) {
        return max ? value - minDelta > reference : value + minDelta < reference;
    }

    String name() {
        return name;
    }
}
