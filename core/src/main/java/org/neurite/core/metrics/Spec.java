package org.neurite.core.metrics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A metric's text form, {@code name} or {@code name(key=value, ...)}, parsed and checked. */
record Spec(String text, String name, Map<String, String> args) {
    static Spec parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        int open = key.indexOf('(');
        if (open < 0) {
            return new Spec(text, key, Map.of());
        }
        if (!key.endsWith(")")) {
            throw new IllegalArgumentException("metric '" + text + "': missing ')'. Write e.g. auc(curve=pr).");
        }
        Map<String, String> args = new LinkedHashMap<>();
        String inside = key.substring(open + 1, key.length() - 1).trim();
        if (!inside.isEmpty()) {
            for (String part : inside.split(",(?![^\\[]*\\])")) {
                int eq = part.indexOf('=');
                String k = eq < 0 ? "" : part.substring(0, eq).trim();
                args.put(k, part.substring(eq + 1).trim());
            }
        }
        return new Spec(text, key.substring(0, open).trim(), args);
    }

    /** Rejects arguments other than {@code known}. */
    Spec allow(Set<String> known) {
        for (String k : args.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("metric '" + text + "': unknown argument '" + k + "'; " + name
                        + " takes " + known + ".");
            }
        }
        return this;
    }

    double number(String key, double fallback) {
        String v = args.get(key);
        if (v == null || v.equals("none")) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metric '" + text + "': " + key + "='" + v + "' is not a number.", e);
        }
    }

    /** A number or a list {@code [a, b, ...]} of numbers; empty when absent or {@code none}. */
    java.util.List<Double> numbers(String key) {
        String v = args.get(key);
        if (v == null || v.equals("none")) {
            return java.util.List.of();
        }
        boolean list = v.startsWith("[") && v.endsWith("]");
        String inside = list ? v.substring(1, v.length() - 1).trim() : v;
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (String part : inside.isEmpty() ? new String[0] : inside.split(",")) {
            try {
                out.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("metric '" + text + "': " + key + "='" + v + "' is not a number "
                        + "or a list of numbers such as [0.3, 0.5].", e);
            }
        }
        return out;
    }

    int integer(String key, int fallback) {
        double v = number(key, fallback);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("metric '" + text + "': " + key + "=" + args.get(key)
                    + " is not an integer.");
        }
        return (int) v;
    }

    <E extends Enum<E>> E choice(String key, E fallback) {
        String v = args.get(key);
        if (v == null || v.equals("none")) {
            return fallback;
        }
        for (E e : fallback.getDeclaringClass().getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        throw new IllegalArgumentException("metric '" + text + "': " + key + "='" + v + "' is not one of "
                + java.util.Arrays.toString(fallback.getDeclaringClass().getEnumConstants()) + ".");
    }

    boolean flag(String key) {
        String v = args.getOrDefault(key, "false");
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("metric '" + text + "': " + key + "='" + v + "' must be true or false.");
        }
        return v.equals("true");
    }
}
