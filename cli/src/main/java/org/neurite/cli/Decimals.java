package org.neurite.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as the CLI prints them: plain decimals, never {@code 3.7720523E-4}. */
final class Decimals {
    private Decimals() {
    }

    /** The shortest decimal that reads back as the same float, without an exponent (0.00037720523). */
    static String plain(float v) {
        if (!Float.isFinite(v)) {
            return Float.toString(v);
        }
        return stripped(new BigDecimal(Float.toString(v)).toPlainString());
    }

    /** The shortest decimal that reads back as the same double, without an exponent. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return stripped(new BigDecimal(Double.toString(v)).toPlainString());
    }

    /** At most 3 decimals, trailing zeros dropped (for inputs and targets in tables): 3, 984.6, 0.333. */
    static String short3(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : stripped(String.format(Locale.ROOT, "%.3f", v));
    }

    private static String stripped(String s) {
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s.equals("-0") ? "0" : s;
    }
}
