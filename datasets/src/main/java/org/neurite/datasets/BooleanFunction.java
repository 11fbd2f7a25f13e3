package org.neurite.datasets;

import java.util.function.Predicate;

/**
 * A named function from {@code inputs} bits to {@code outputs} bits. Build one from a {@link Predicate}
 * ({@link #of}), from the outputs of its truth table ({@link #fromTable}) or take one of {@link BooleanTasks}.
 *
 * @param name shown in messages and by the CLI
 * @param inputs number of input bits, at least 1
 * @param outputs number of output bits, at least 1
 * @param rule computes the outputs of one row
 */
public record BooleanFunction(String name, int inputs, int outputs, Rule rule) {
    /** Computes one row: reads {@code in} and writes every element of {@code out}; keeps neither array. */
    @FunctionalInterface
    public interface Rule {
        void apply(boolean[] in, boolean[] out);
    }

    public BooleanFunction {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("BooleanFunction.name must not be blank; received name=" + name + ".");
        }
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("BooleanFunction '" + name + "': inputs and outputs must be >= 1; "
                    + "received inputs=" + inputs + ", outputs=" + outputs + ".");
        }
        if (rule == null) {
            throw new IllegalArgumentException("BooleanFunction '" + name + "': rule must not be null.");
        }
    }

    /** A one-output function of {@code inputs} bits given as a predicate over the input bits. */
    public static BooleanFunction of(String name, int inputs, Predicate<boolean[]> predicate) {
        if (predicate == null) {
            throw new IllegalArgumentException("BooleanFunction.of: predicate must not be null for '" + name + "'.");
        }
        return new BooleanFunction(name, inputs, 1, (in, out) -> out[0] = predicate.test(in));
    }

    /**
     * A one-output function given by its truth table: {@code outputs[r]} (0 or 1) is the output for row
     * {@code r}, rows ordered as binary numbers with the first input most significant. The length must be a
     * power of two from 2 to 2^{@value TruthTable#MAX_INPUTS}.
     */
    public static BooleanFunction fromTable(String name, int... outputs) {
        int n = outputs == null ? 0 : outputs.length;
        int inputs = Integer.numberOfTrailingZeros(n);
        if (n < 2 || Integer.bitCount(n) != 1 || inputs > TruthTable.MAX_INPUTS) {
            throw new IllegalArgumentException("BooleanFunction.fromTable('" + name + "'): the table needs 2^k "
                    + "outputs for k inputs (2, 4, 8, ..., 2^" + TruthTable.MAX_INPUTS + "); received " + n
                    + ". Pass one 0/1 output per row, rows ordered 00, 01, 10, 11, ...");
        }
        boolean[] table = new boolean[n];
        for (int r = 0; r < n; r++) {
            if (outputs[r] != 0 && outputs[r] != 1) {
                throw new IllegalArgumentException("BooleanFunction.fromTable('" + name + "'): outputs must be 0 or 1;"
                        + " received " + outputs[r] + " at row " + r + ".");
            }
            table[r] = outputs[r] == 1;
        }
        return new BooleanFunction(name, inputs, 1, (in, out) -> out[0] = table[rowIndex(in)]);
    }

    /** The outputs for the given input bits (a convenience for tests and callers; allocates). */
    public boolean[] apply(boolean... in) {
        if (in == null || in.length != inputs) {
            throw new IllegalArgumentException("BooleanFunction '" + name + "' takes " + inputs + " inputs; received "
                    + (in == null ? "null" : in.length + " bits") + ".");
        }
        boolean[] out = new boolean[outputs];
        rule.apply(in.clone(), out);
        return out;
    }

    /** The row of a truth table holding {@code bits} (first bit most significant). */
    static int rowIndex(boolean[] bits) {
        int r = 0;
        for (boolean b : bits) {
            r = (r << 1) | (b ? 1 : 0);
        }
        return r;
    }

    /** Writes the bits of row {@code r} into {@code bits} (first bit most significant). */
    static void rowBits(long r, boolean[] bits) {
        int n = bits.length;
        for (int j = 0; j < n; j++) {
            bits[j] = ((r >>> (n - 1 - j)) & 1) == 1;
        }
    }
}
