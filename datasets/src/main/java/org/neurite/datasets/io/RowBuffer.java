package org.neurite.datasets.io;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Rows of a fixed width appended to a primitive float[] or double[] that doubles when full. */
final class RowBuffer {
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private final DataType type;
    private final int cols;
    private float[] floats;
    private double[] doubles;
    private int rows;

    RowBuffer(DataType type, int cols, int initialRows) {
        this.type = type;
        this.cols = cols;
        int length = initialLength(initialRows, cols);
        if (type == DataType.FLOAT) {
            floats = new float[length];
        } else {
            doubles = new double[length];
        }
    }

    /** Appends the first {@code cols} values of {@code row}. */
    void append(double[] row) {
        long end = (long) (rows + 1) * cols;
        int capacity = floats != null ? floats.length : doubles.length;
        int grown = capacityFor(end, capacity);
        if (grown != capacity) {
            if (floats != null) {
                floats = java.util.Arrays.copyOf(floats, grown);
            } else {
                doubles = java.util.Arrays.copyOf(doubles, grown);
            }
        }
        int base = rows * cols;
        for (int c = 0; c < cols; c++) {
            if (floats != null) {
                floats[base + c] = (float) row[c];
            } else {
                doubles[base + c] = row[c];
            }
        }
        rows++;
    }

    /** The values first allocated for {@code initialRows} rows (at least one) of {@code cols}, at most the limit. */
    static int initialLength(int initialRows, int cols) {
        return (int) Math.min(MAX_LENGTH, (long) Math.max(1, initialRows) * cols);
    }

    /**
     * The capacity that holds {@code end} values: {@code capacity} itself when they fit, else at least double it
     * (so appending n rows copies O(n) values), capped at 2^31 - 9; more than that is refused.
     */
    static int capacityFor(long end, int capacity) {
        if (end <= capacity) {
            return capacity;
        }
        if (end > MAX_LENGTH) {
            throw new IllegalStateException("more than " + MAX_LENGTH + " values; one array cannot hold them");
        }
        return (int) Math.min(MAX_LENGTH, Math.max(end, 2L * capacity));
    }

    int rows() {
        return rows;
    }

    /** A new c-ordered {@code [rows, cols]} array holding the appended rows. */
    INDArray toArray() {
        INDArray out = Nd4j.create(type, rows, cols);
        if (floats != null) {
            out.data().asNioFloat().put(floats, 0, rows * cols);
        } else {
            out.data().asNioDouble().put(doubles, 0, rows * cols);
        }
        return out;
    }
}
