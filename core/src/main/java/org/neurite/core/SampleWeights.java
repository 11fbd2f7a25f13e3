package org.neurite.core;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks and combines {@code sampleWeight} and {@code classWeight} into one weight per row, as Keras 3 does:
 * a row's class is its label rounded (one label column) or the label's argmax (one-hot), and its weight is
 * sampleWeight[row] · classWeight[class].
 */
final class SampleWeights {
    private SampleWeights() {
    }

    /** The checked sample weights as doubles, or null when {@code sampleWeight} is null. */
    static double[] of(INDArray sampleWeight, long rows, String what) {
        if (sampleWeight == null) {
            return null;
        }
        long length = sampleWeight.length();
        boolean vector = sampleWeight.rank() == 1 || sampleWeight.rank() == 2
                && (sampleWeight.size(1) == 1 || sampleWeight.size(0) == 1);
        if (!vector || length != rows) {
            throw new IllegalArgumentException(what + " must hold one weight per row: " + rows + " values (shape ["
                    + rows + "] or [" + rows + ", 1]); received shape " + Arrays.toString(sampleWeight.shape())
                    + ". Pass one non-negative weight per row of x.");
        }
        double[] w = sampleWeight.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException(what + " has " + w[i] + " at row " + i + ", but every weight must "
                        + "be finite and >= 0. Use 0 to leave a row out.");
            }
        }
        return w;
    }

    /** {@code weights} (null: all 1) multiplied by each row's class weight; {@code weights} when none given. */
    static double[] withClassWeight(double[] weights, Map<Integer, Double> classWeight, INDArray labels, int units) {
        if (classWeight.isEmpty()) {
            return weights;
        }
        int rows = (int) labels.size(0);
        INDArray y = labels.rank() == 1 ? labels.reshape(rows, 1) : labels;
        int width = (int) y.size(1);
        double[] values = y.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        int classes = Math.max(units, 2);
        for (int key : classWeight.keySet()) {
            if (key >= classes) {
                throw new IllegalArgumentException("fit: classWeight has class " + key + " but the output of " + units
                        + " unit" + (units == 1 ? "" : "s") + " has classes 0 to " + (classes - 1) + " (classWeight="
                        + classWeight + "). Key the map by class index.");
            }
        }
        double[] out = new double[rows];
        TreeSet<Integer> missing = new TreeSet<>();
        for (int r = 0; r < rows; r++) {
            int c = classOf(values, r * width, width);
            Double cw = classWeight.get(c);
            if (cw == null) {
                missing.add(c);
                continue;
            }
            out[r] = (weights == null ? 1 : weights[r]) * cw;
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("fit: the labels hold class" + (missing.size() == 1 ? " " : "es ")
                    + missing + " but classWeight=" + classWeight + " has no weight for " + (missing.size() == 1
                    ? "it" : "them") + ". Give every class in the labels a weight (1.0 keeps it as is).");
        }
        return out;
    }

    /** The label rounded (one column) or its argmax (one-hot), as Keras's {@code class_weight_to_sample_weights}. */
    private static int classOf(double[] labels, int from, int width) {
        if (width == 1) {
            return (int) Math.rint(labels[from]);
        }
        int best = 0;
        for (int i = 1; i < width; i++) {
            if (labels[from + i] > labels[from + best]) {
                best = i;
            }
        }
        return best;
    }
}
