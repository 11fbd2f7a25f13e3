package org.neurite.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round axis ticks: multiples of 1, 2 or 5 times a power of ten, as a person would label an axis. */
final class Ticks {
    private Ticks() {
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... (times powers of ten, also below 1) at least {@code raw}. */
    static double step(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** About {@code count} round values inside [lo, hi]. */
    static List<Double> within(double lo, double hi, int count) {
        double step = step((hi - lo) / Math.max(1, count));
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A tick label: no trailing zeros, no exponent for ordinary ranges. */
    static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Three significant digits, as a plain decimal (9.08, 0.0123, 1230). */
    static String significant(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return label(v);
        }
        return label(new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue());
    }
}
