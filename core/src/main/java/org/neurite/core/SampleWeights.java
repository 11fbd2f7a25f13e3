package org.neurite.core;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * Checks and combines {@code sampleWeight} and {@code classWeight} into one weight per row: a row's class is its
 * label rounded (one label column) or the label's argmax (one-hot), as Keras 3's
 * {@code class_weight_to_sample_weights}, and its weight is sampleWeight[row] · classWeight[class], tf.keras 2's
 * product (Keras 3 refuses the two together). Unlike Keras 3, which weighs a class missing from the map 1, a
 * missing class is refused, so that a mistyped key cannot pass silently. The per-call readers ({@link #read}, {@link #fillTable},
 * {@link #multiplyByClass}) allocate nothing unless they refuse.
 */
final class SampleWeights {
    private SampleWeights() {
    }

    /** The checked sample weights as doubles, or null when {@code sampleWeight} is null. */
    static double[] of(INDArray sampleWeight, long rows, String what) {
        NativeMatrix m = matrix(sampleWeight, rows, what);
        if (m == null) {
            return null;
        }
        double[] w = new double[(int) rows];
        read(m, (int) rows, w, what);
        return w;
    }

    /**
     * {@code sampleWeight} checked for shape and wrapped without copying when it is a contiguous c-order FLOAT or
     * DOUBLE array (so later changes to it are seen); null when it is null.
     */
    static NativeMatrix matrix(INDArray sampleWeight, long rows, String what) {
        if (sampleWeight == null) {
            return null;
        }
        long length = sampleWeight.length();
        boolean vector = sampleWeight.rank() == 1 || sampleWeight.rank() == 2
                && (sampleWeight.size(1) == 1 || sampleWeight.size(0) == 1);
        if (!vector || length != rows || !sampleWeight.dataType().isNumerical()) {
            throw new IllegalArgumentException(what + " must hold one weight per row: " + rows + " values (shape ["
                    + rows + "] or [" + rows + ", 1]) of a numeric type; received shape "
                    + Arrays.toString(sampleWeight.shape()) + " of " + sampleWeight.dataType()
                    + ". Pass one non-negative weight per row of x.");
        }
        DataType type = sampleWeight.dataType();
        boolean direct = (type == DataType.FLOAT || type == DataType.DOUBLE) && sampleWeight.elementWiseStride() == 1
                && (sampleWeight.rank() == 1 || sampleWeight.ordering() == 'c');
        return NativeMatrix.of(direct ? sampleWeight : sampleWeight.castTo(DataType.DOUBLE).dup('c'));
    }

    /** Copies the {@code rows} weights of {@code m} into {@code out}, refusing any that is not finite and &gt;= 0. */
    static void read(NativeMatrix m, int rows, double[] out, String what) {
        for (int i = 0; i < rows; i++) {
            double w = m.get(i);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(what + " has " + w + " at row " + i + ", but every weight must "
                        + "be finite and >= 0. Use 0 to leave a row out.");
            }
            out[i] = w;
        }
    }

    /** {@code weights} (null: all 1) multiplied by each row's class weight; {@code weights} when none given. */
    static double[] withClassWeight(double[] weights, Map<Integer, Double> classWeight, NativeMatrix labels,
                                    int rows, int units, String who) {
        if (classWeight.isEmpty()) {
            return weights;
        }
        double[] table = new double[Math.max(units, 2)];
        fillTable(classWeight, table, who);
        double[] out = new double[rows];
        multiplyByClass(out, weights, table, labels, rows, classWeight, who);
        return out;
    }

    /**
     * Refuses a class weight that is not a class index &gt;= 0 mapped to a finite number &gt;= 0; {@code who}
     * names the argument, e.g. {@code FitOptions.classWeight}.
     */
    static void checkClassWeight(Map<Integer, Double> classWeight, String who) {
        if (classWeight == null) {
            throw new IllegalArgumentException(who + " must not be null; pass Map.of() for no class weights.");
        }
        for (Map.Entry<Integer, Double> e : classWeight.entrySet()) {
            Double v = e.getValue();
            if (e.getKey() == null || e.getKey() < 0 || v == null || !(v >= 0) || v.isInfinite()) {
                throw new IllegalArgumentException(who + " maps class indices >= 0 to finite weights >= 0; received "
                        + e.getKey() + "=" + v + " in classWeight=" + classWeight + ". E.g. Map.of(0, 1.0, 1, 5.0) "
                        + "weighs class 1 five times.");
            }
        }
    }

    /**
     * Writes class k's weight into {@code table[k]} (NaN when the map has none) for the {@code table.length} classes
     * of the output, refusing bad values and classes the output does not have.
     */
    static void fillTable(Map<Integer, Double> classWeight, double[] table, String who) {
        int found = 0;
        for (int k = 0; k < table.length; k++) {
            Double v = classWeight.get(k);
            if (v == null) {
                table[k] = Double.NaN;
                continue;
            }
            if (!(v >= 0) || v.isInfinite()) {
                checkClassWeight(classWeight, who + ": classWeight");
            }
            table[k] = v;
            found++;
        }
        if (found != classWeight.size()) {
            checkClassWeight(classWeight, who + ": classWeight");
            int key = classWeight.keySet().stream().filter(k -> k >= table.length).findFirst().orElse(-1);
            throw new IllegalArgumentException(who + ": classWeight has class " + key + " but the model's output has "
                    + "classes 0 to " + (table.length - 1) + " (classWeight=" + classWeight + "). Key the map by "
                    + "class index.");
        }
    }

    /** {@code out[r] = (weights == null ? 1 : weights[r]) · table[class of row r]}, refusing classes without weight. */
    static void multiplyByClass(double[] out, double[] weights, double[] table, NativeMatrix labels, int rows,
                                Map<Integer, Double> classWeight, String who) {
        int width = labels.cols();
        boolean missing = false;
        for (int r = 0; r < rows; r++) {
            double cw = weightOf(table, classOf(labels, r * width, width));
            missing |= Double.isNaN(cw);
            out[r] = (weights == null ? 1 : weights[r]) * cw;
        }
        if (missing) {
            TreeSet<Integer> classes = new TreeSet<>();
            for (int r = 0; r < rows; r++) {
                int c = classOf(labels, r * width, width);
                if (Double.isNaN(weightOf(table, c))) {
                    classes.add(c);
                }
            }
            throw new IllegalArgumentException(who + ": the labels hold class" + (classes.size() == 1 ? " " : "es ")
                    + classes + " but classWeight=" + classWeight + " has no weight for " + (classes.size() == 1
                    ? "it" : "them") + ". Give every class in the labels a weight (1.0 keeps it as is).");
        }
    }

    private static double weightOf(double[] table, int c) {
        return c >= 0 && c < table.length ? table[c] : Double.NaN;
    }

    /** The label rounded (one column) or its argmax (one-hot), as Keras's {@code class_weight_to_sample_weights}. */
    private static int classOf(NativeMatrix labels, int from, int width) {
        if (width == 1) {
            return (int) Math.rint(labels.get(from));
        }
        int best = 0;
        for (int i = 1; i < width; i++) {
            if (labels.get(from + i) > labels.get(from + best)) {
                best = i;
            }
        }
        return best;
    }
}
