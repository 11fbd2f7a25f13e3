package org.neurite.datasets;

/** How a bit becomes a number: {0, 1}, or {-1, +1} (the symmetric form TensorFlow Playground uses). */
public enum BitEncoding {
    ZERO_ONE(0, 1),
    PLUS_MINUS_ONE(-1, 1);

    private final double off;
    private final double on;

    BitEncoding(double off, double on) {
        this.off = off;
        this.on = on;
    }

    /** The number encoding {@code bit}. */
    public double value(boolean bit) {
        return bit ? on : off;
    }
}
