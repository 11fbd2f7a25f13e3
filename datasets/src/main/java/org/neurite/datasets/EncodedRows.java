package org.neurite.datasets;

import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Dataset;
import org.neurite.engine.kernel.NativeMatrix;

/** Preallocated feature and label matrices filled one encoded boolean row at a time. */
final class EncodedRows {
    private final Encoding encoding;
    private final int inputs;
    private final int labelColumns;
    private final NativeMatrix x;
    private final NativeMatrix y;

    EncodedRows(BooleanFunction function, Encoding encoding, int rows) {
        this.encoding = encoding;
        this.inputs = function.inputs();
        this.labelColumns = encoding.labels().columns(function.outputs());
        if (!fitsOneArray(rows, Math.max(inputs, labelColumns))) {
            throw new IllegalArgumentException(function.name() + ": " + rows + " rows of " + inputs + " inputs and "
                    + labelColumns + " label columns exceed the 2^31-1 elements one array can hold. Use fewer rows.");
        }
        this.x = NativeMatrix.of(Nd4j.create(encoding.dataType(), rows, inputs));
        this.y = NativeMatrix.of(Nd4j.create(encoding.dataType(), rows, labelColumns));
    }

    /** Whether a {@code [rows, width]} matrix fits in one array indexed by int: at most 2^31 - 1 elements. */
    static boolean fitsOneArray(long rows, long width) {
        return rows * width <= Integer.MAX_VALUE;
    }

    /** Writes row {@code row}: encoded inputs plus {@code jitter} (may be null), and encoded labels. */
    void write(int row, boolean[] in, double[] jitter, boolean[] out) {
        for (int j = 0; j < inputs; j++) {
            x.set(row * inputs + j, encoding.inputs().value(in[j]) + (jitter == null ? 0 : jitter[j]));
        }
        int base = row * labelColumns;
        switch (encoding.labels()) {
            case ZERO_ONE -> {
                for (int k = 0; k < labelColumns; k++) {
                    y.set(base + k, out[k] ? 1 : 0);
                }
            }
            case PLUS_MINUS_ONE -> {
                for (int k = 0; k < labelColumns; k++) {
                    y.set(base + k, out[k] ? 1 : -1);
                }
            }
            case ONE_HOT -> y.set(base + BooleanFunction.rowIndex(out), 1);
        }
    }

    Dataset dataset() {
        return new Dataset(x.array(), y.array());
    }
}
