package org.neurite.core;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of a {@link GradientCheck}: for each weight array (Keras order), its worst entry.
 *
 * @param arrays one entry per weight array: the worst-checked element of that array
 * @param tolerance the relative-error tolerance applied
 * @param absoluteFloor absolute errors at or below this passed
 * @param checkedDoubleCopy whether a FLOAT model was checked through a DOUBLE copy of itself
 */
public record GradientCheckResult(List<ArrayCheck> arrays, double tolerance, double absoluteFloor,
                                  boolean checkedDoubleCopy) {
    public GradientCheckResult {
        if (arrays == null) {
            throw new IllegalArgumentException("GradientCheckResult: arrays must not be null; received null.");
        }
        arrays = List.copyOf(arrays);
    }

    /**
     * The worst entry of one weight array: failing entries rank above passing ones, then by relative error
     * (NaN worst).
     *
     * @param name the array's path, e.g. {@code dense_1/kernel}
     * @param index the entry's row-major index within the array
     * @param shape the array's shape
     * @param analytic the back-propagated gradient
     * @param numeric the central difference
     * @param relativeError |a − n| / (|a| + |n|), 0 when both are 0
     * @param absoluteError |a − n|
     * @param entriesChecked how many entries of the array were checked
     * @param passed whether every checked entry of the array passed
     */
    public record ArrayCheck(String name, int index, long[] shape, double analytic, double numeric,
                             double relativeError, double absoluteError, int entriesChecked, boolean passed) {
        public ArrayCheck {
            if (name == null || shape == null) {
                throw new IllegalArgumentException("ArrayCheck: name and shape must not be null; received name="
                        + name + ", shape=" + java.util.Arrays.toString(shape) + ".");
            }
            shape = shape.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        /** The entry's position, e.g. {@code [1, 0]} for a kernel. */
        public long[] position() {
            long[] pos = new long[shape.length];
            long rest = index;
            for (int d = shape.length - 1; d >= 0; d--) {
                pos[d] = rest % shape[d];
                rest /= shape[d];
            }
            return pos;
        }

        boolean isWorseThan(ArrayCheck other) {
            if (passed != other.passed) {
                return !passed;
            }
            return Double.compare(relativeError, other.relativeError) > 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ArrayCheck c && c.name.equals(name) && c.index == index
                    && Arrays.equals(c.shape, shape) && Double.compare(c.analytic, analytic) == 0
                    && Double.compare(c.numeric, numeric) == 0 && c.entriesChecked == entriesChecked
                    && c.passed == passed;
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + index;
        }

        @Override
        public String toString() {
            return String.format("%s%s: analytic %.10g, numeric %.10g, relative error %.3g, absolute error %.3g "
                    + "(%d checked) %s", name, Arrays.toString(position()), analytic, numeric, relativeError,
                    absoluteError, entriesChecked, passed ? "ok" : "FAILED");
        }
    }

    /** Whether every array passed. */
    public boolean passed() {
        return arrays.stream().allMatch(ArrayCheck::passed);
    }

    /** The worst entry over all arrays, or null for a model without weights. */
    public ArrayCheck worst() {
        if (arrays.isEmpty()) {
            return null;
        }
        ArrayCheck worst = arrays.get(0);
        for (ArrayCheck a : arrays) {
            if (a.isWorseThan(worst)) {
                worst = a;
            }
        }
        return worst;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Gradient check ").append(passed() ? "passed" : "FAILED")
                .append(" (tolerance ").append(tolerance).append(", absolute floor ").append(absoluteFloor)
                .append(checkedDoubleCopy ? ", on a DOUBLE copy of a FLOAT model" : "").append(")\n");
        for (ArrayCheck a : arrays) {
            sb.append("  ").append(a).append('\n');
        }
        return sb.toString();
    }
}
