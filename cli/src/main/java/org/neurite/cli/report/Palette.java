package org.neurite.cli.report;

import java.awt.Color;

/**
 * The report's colours, after TensorFlow Playground: a diverging map with orange for negative, white at 0
 * and blue for positive (so a unit that outputs 0 everywhere is white, visibly "off"), and distinct colours for
 * classes (the Tableau 10 palette, the default of matplotlib and Vega), shaded towards white as confidence drops.
 */
final class Palette {
    static final Color LOW = new Color(0xF5, 0x93, 0x22);
    static final Color HIGH = new Color(0x08, 0x77, 0xBD);
    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final int[] CLASSES = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2,
        0x7F7F7F, 0xBCBD22, 0x17BECF};

    private static final String[] CLASS_NAMES = {"blue", "orange", "green", "red", "purple", "brown", "pink", "grey",
        "olive", "cyan"};

    private Palette() {
    }

    /** The diverging colour of {@code v} on a scale of ±{@code scale} (clamped): LOW, white at 0, HIGH. */
    static Color diverging(double v, double scale) {
        double t = scale > 0 && Double.isFinite(v) ? Math.max(-1, Math.min(1, v / scale)) : 0;
        return mix(Color.WHITE, t < 0 ? LOW : HIGH, Math.abs(t));
    }

    /** Class {@code k}'s colour (the palette repeats after 10 classes). */
    static Color category(int k) {
        return new Color(CLASSES[Math.floorMod(k, CLASSES.length)]);
    }

    /** The name of class {@code k}'s colour, for captions. */
    static String categoryName(int k) {
        return CLASS_NAMES[Math.floorMod(k, CLASS_NAMES.length)];
    }

    /** Class {@code k}'s colour mixed with white: full colour at {@code strength} 1, white at 0. */
    static Color category(int k, double strength) {
        return mix(Color.WHITE, category(k), Math.max(0, Math.min(1, strength)));
    }

    static Color mix(Color from, Color to, double k) {
        return new Color(mix(from.getRed(), to.getRed(), k), mix(from.getGreen(), to.getGreen(), k),
                mix(from.getBlue(), to.getBlue(), k));
    }

    private static int mix(int from, int to, double k) {
        return (int) Math.round(from + (to - from) * k);
    }

    /** "#rrggbb" for HTML. */
    static String hex(Color c) {
        return String.format("#%06x", c.getRGB() & 0xFFFFFF);
    }
}
