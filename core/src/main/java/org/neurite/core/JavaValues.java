package org.neurite.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Plain Java values into and out of the API: rows of numbers as matrices, strings as paths; checked first. */
final class JavaValues {
    private JavaValues() {
    }

    /** A DOUBLE {@code [rows, columns]} matrix of {@code rows}, which must be non-empty and rectangular. */
    static INDArray of(double[][] rows, String what) {
        int width = requireRectangular(rows, what);
        double[] flat = new double[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * width, width);
        }
        return Nd4j.create(flat, new long[] {rows.length, width}, 'c');
    }

    /** A FLOAT {@code [rows, columns]} matrix of {@code rows}, which must be non-empty and rectangular. */
    static INDArray of(float[][] rows, String what) {
        int width = requireRectangular(rows, what);
        float[] flat = new float[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * width, width);
        }
        return Nd4j.create(flat, new long[] {rows.length, width}, 'c');
    }

    private static int requireRectangular(Object[] rows, String what) {
        if (rows == null || rows.length == 0 || rows[0] == null) {
            throw new IllegalArgumentException(what + " must hold at least one row; received "
                    + (rows == null ? "null" : rows.length == 0 ? "no rows" : "a null row 0") + ".");
        }
        int width = java.lang.reflect.Array.getLength(rows[0]);
        for (int r = 0; r < rows.length; r++) {
            int length = rows[r] == null ? -1 : java.lang.reflect.Array.getLength(rows[r]);
            if (length != width || width == 0) {
                throw new IllegalArgumentException(what + " must be rectangular with at least one column: row 0 has "
                        + width + " values but row " + r + " has " + (length < 0 ? "none (null)" : length)
                        + ". Give every row the same number of values.");
            }
        }
        return width;
    }

    /** The rows of a {@code [rows, columns]} matrix as doubles. */
    static double[][] toDoubles(INDArray m) {
        int cols = (int) m.size(1);
        double[] flat = m.dup('c').data().asDouble();
        double[][] out = new double[(int) m.size(0)][];
        for (int r = 0; r < out.length; r++) {
            out[r] = java.util.Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        }
        return out;
    }

    /** The rows of a {@code [rows, columns]} matrix as floats. */
    static float[][] toFloats(INDArray m) {
        int cols = (int) m.size(1);
        float[] flat = m.dup('c').data().asFloat();
        float[][] out = new float[(int) m.size(0)][];
        for (int r = 0; r < out.length; r++) {
            out[r] = java.util.Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        }
        return out;
    }

    /** {@code path} as a {@link Path}, or an error naming the method and the text received. */
    static Path path(String path, String method) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(method + ": path must be a file name such as \"model.zip\"; received "
                    + (path == null ? "null" : "\"" + path + "\"") + ".");
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(method + ": \"" + path + "\" is not a valid path: " + e.getReason()
                    + ".", e);
        }
    }
}
