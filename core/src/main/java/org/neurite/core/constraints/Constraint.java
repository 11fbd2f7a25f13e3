package org.neurite.core.constraints;

import java.util.Map;

/**
 * A projection applied to a weight after every optimizer update, Keras's {@code keras.constraints}. The
 * weight is seen as {@code [rows, cols]} row-major (a vector {@code [n]} as {@code [n, 1]}).
 */
public interface Constraint {
    /** Keras's {@code backend.epsilon()}, added to norms before dividing. */
    double EPSILON = 1e-7;

    /** Projects {@code w} in place; {@code scratch} holds at least {@code max(rows, cols)} values. */
    void apply(double[] w, int rows, int cols, double[] scratch);

    /** The Keras class name, e.g. {@code "MaxNorm"}. */
    String className();

    /** The Keras config, e.g. {@code {"max_value": 2.0, "axis": 0}}. */
    Map<String, Object> config();

    /**
     * Writes into {@code norms} the L2 norm of every slice along {@code axis} (0: one norm per column, over
     * the rows; 1 or -1 on a matrix: one per row) and returns how many there are.
     */
    static int norms(double[] w, int rows, int cols, int axis, double[] norms) {
        boolean perColumn = axis == 0 || cols == 1;
        int count = perColumn ? cols : rows;
        java.util.Arrays.fill(norms, 0, count, 0.0);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = w[r * cols + c];
                norms[perColumn ? c : r] += v * v;
            }
        }
        for (int i = 0; i < count; i++) {
            norms[i] = Math.sqrt(norms[i]);
        }
        return count;
    }

    /** Multiplies each slice along {@code axis} by {@code factors[slice]}. */
    static void scale(double[] w, int rows, int cols, int axis, double[] factors) {
        boolean perColumn = axis == 0 || cols == 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                w[r * cols + c] *= factors[perColumn ? c : r];
            }
        }
    }

    /** Checks an axis: 0, 1 or -1 (the last), as Keras's Dense kernels use. */
    static int checkAxis(String owner, int axis) {
        if (axis < -1 || axis > 1) {
            throw new IllegalArgumentException(owner + ".axis must be 0, 1 or -1 for a Dense weight; received axis="
                    + axis + ". Keras's default 0 constrains each unit's incoming weights.");
        }
        return axis;
    }
}
