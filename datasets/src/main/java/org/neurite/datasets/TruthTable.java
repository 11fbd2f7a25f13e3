package org.neurite.datasets;

import org.neurite.core.Dataset;

/**
 * The full truth table of a {@link BooleanFunction} as a {@link Dataset}: {@code 2^inputs} rows, row {@code r}
 * holding the bits of {@code r} with the first input most significant. Enumeration is limited to
 * {@value #MAX_INPUTS} inputs (1,048,576 rows); draw rows with {@link Sampler} beyond that.
 */
public final class TruthTable {
    /** The most inputs a table may enumerate. */
    public static final int MAX_INPUTS = 20;

    private TruthTable() {
    }

    /** The table with {@link Encoding#defaults()}: {0, 1} inputs and labels, FLOAT. */
    public static Dataset of(BooleanFunction function) {
        return of(function, Encoding.defaults());
    }

    public static Dataset of(BooleanFunction function, Encoding encoding) {
        if (function == null || encoding == null) {
            throw new IllegalArgumentException("TruthTable.of: function and encoding must not be null; received "
                    + "function=" + function + ", encoding=" + encoding + ".");
        }
        int n = function.inputs();
        if (n > MAX_INPUTS) {
            throw new IllegalArgumentException("TruthTable.of('" + function.name() + "'): " + n + " inputs would need "
                    + "2^" + n + " = " + (n < 63 ? String.valueOf(1L << n) : "more than 2^62") + " rows; tables are "
                    + "limited to " + MAX_INPUTS + " inputs (" + (1 << MAX_INPUTS) + " rows). Draw rows with "
                    + "Sampler.sample instead.");
        }
        int rows = 1 << n;
        EncodedRows out = new EncodedRows(function, encoding, rows);
        boolean[] in = new boolean[n];
        boolean[] result = new boolean[function.outputs()];
        for (int r = 0; r < rows; r++) {
            BooleanFunction.rowBits(r, in);
            function.rule().apply(in, result);
            out.write(r, in, null, result);
        }
        return out.dataset();
    }
}
