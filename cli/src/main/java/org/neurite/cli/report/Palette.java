package org.neurite.cli.report;

import java.awt.Color;

/** TensorFlow Playground's colours: orange for low/negative, white in the middle, blue for high/positive. */
final class Palette {
    static final Color LOW = new Color(0xF5, 0x93, 0x22);
    static final Color HIGH = new Color(0x08, 0x77, 0xBD);

    private Palette() {
    }

    /** The colour of {@code t} in [0, 1] (clamped): LOW at 0, white at 0.5, HIGH at 1. */
    static Color of(double t) {
        double c = Math.max(0, Math.min(1, Double.isNaN(t) ? 0.5 : t));
        Color end = c < 0.5 ? LOW : HIGH;
        double k = Math.abs(c - 0.5) * 2;
        return new Color(mix(255, end.getRed(), k), mix(255, end.getGreen(), k), mix(255, end.getBlue(), k));
    }

    private static int mix(int from, int to, double k) {
        return (int) Math.round(from + (to - from) * k);
    }
}
