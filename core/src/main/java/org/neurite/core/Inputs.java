package org.neurite.core;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.Workspace;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.core.layers.Layer;

/** Checks and converts user data before any model state changes. */
final class Inputs {
    private Inputs() {
    }

    /** A c-ordered matrix of the model's type over {@code array}'s values (the array itself when it already is). */
    static NativeMatrix matrix(INDArray array, DataType type, String what) {
        return Workspace.matrixOf(array, type);
    }

    static void requireMatrix(INDArray array, String what) {
        if (array == null) {
            throw new IllegalArgumentException(what + " must not be null. Pass an INDArray [rows, columns].");
        }
        if (array.rank() != 2 && !(array.rank() == 1 && what.endsWith("labels"))) {
            throw new IllegalArgumentException(what + " must be a matrix [rows, columns]; received shape "
                    + Arrays.toString(array.shape()) + ". Reshape it, e.g. x.reshape(rows, columns).");
        }
        if (array.length() == 0 || array.size(0) == 0) {
            throw new IllegalArgumentException(what + " is empty (shape " + Arrays.toString(array.shape())
                    + "); at least one row is needed.");
        }
        DataType t = array.dataType();
        if (!t.isNumerical()) {
            throw new IllegalArgumentException(what + " must be numeric; received data type " + t + ". Convert it, "
                    + "e.g. " + what.substring(what.lastIndexOf(' ') + 1) + ".castTo(DataType.FLOAT).");
        }
    }

    static void requireFinite(NativeMatrix m, int rows, String what) {
        int n = rows * m.cols();
        for (int i = 0; i < n; i++) {
            double v = m.get(i);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " contains " + v + " at row " + (i / m.cols()) + ", column "
                        + (i % m.cols()) + ", but every value must be finite. Remove or impute non-finite values.");
            }
        }
    }

    static void requireLabels(NativeMatrix labels, int rows, Loss loss, int outputUnits, String what) {
        int n = rows * labels.cols();
        for (int i = 0; i < n; i++) {
            String expected = loss.invalidLabel(labels.get(i), outputUnits);
            if (expected != null) {
                throw new IllegalArgumentException(what + " has " + labels.get(i) + " at row " + (i / labels.cols())
                        + ", column " + (i % labels.cols()) + ", but " + loss.name() + " expects " + expected
                        + ". Fix the labels or choose a loss that fits them.");
            }
        }
    }

    static void requireWidth(INDArray x, int expected, Sequential model) {
        requireWidth(x, expected, model, "");
    }

    /** As {@link #requireWidth(INDArray, int, Sequential)}, the message starting with {@code what}. */
    static void requireWidth(INDArray x, int expected, Sequential model, String what) {
        long features = x.size(1);
        if (features != expected) {
            Layer first = model.layers().get(0);
            String weights = first.units() > 0 ? ", kernel [" + expected + ", " + first.units() + "]" : "";
            throw new IllegalArgumentException(what + first.className() + "(units=" + first.outputWidth(expected) + ") '"
                    + model.layerNames().get(0) + "' at index 0: input has " + features
                    + " features but the model was built for " + expected + " (input " + Arrays.toString(x.shape())
                    + weights + "). Pass inputs with " + expected + " columns or build a new model.");
        }
    }

    static void requireLabelWidth(INDArray y, int expected, Loss loss, int outputUnits, String what) {
        long columns = y.rank() == 1 ? 1 : y.size(1);
        if (columns != expected) {
            throw new IllegalArgumentException(what + " have " + columns + " columns but " + loss.name()
                    + " on an output of " + outputUnits + " units expects " + expected + " (labels "
                    + Arrays.toString(y.shape()) + "). " + labelWidthFix(columns, expected, loss, outputUnits));
        }
    }

    private static String labelWidthFix(long columns, int expected, Loss loss, int outputUnits) {
        if (expected != outputUnits) {
            return "Pass class indices in one column" + (columns == outputUnits
                    ? ", or use categorical_crossentropy for one-hot labels." : ".");
        }
        if (columns == 1 && loss.name().startsWith("categorical_crossentropy")) {
            return "Pass one-hot labels (one column per output unit), or use sparse_categorical_crossentropy for "
                    + "class indices.";
        }
        return loss.name() + " takes one label column per output unit: give the output layer " + columns
                + " units (one per label column), or pass " + expected + " label column" + (expected == 1 ? "" : "s")
                + ".";
    }

    static void requireSameRows(INDArray x, INDArray y, String xWhat, String yWhat) {
        if (x.size(0) != y.size(0)) {
            throw new IllegalArgumentException(xWhat + " have " + x.size(0) + " rows but " + yWhat + " have "
                    + y.size(0) + " (" + Arrays.toString(x.shape()) + " vs " + Arrays.toString(y.shape())
                    + "). Pass one label row per feature row.");
        }
    }

    static void requireOutput(INDArray out, long rows, int units, DataType type) {
        if (out == null || out.rank() != 2 || out.size(0) != rows || out.size(1) != units || out.dataType() != type
                || out.ordering() != 'c' || out.elementWiseStride() != 1) {
            throw new IllegalArgumentException("predict: out must be a c-order " + type + " array of shape [" + rows
                    + ", " + units + "]; received " + (out == null ? "null" : Arrays.toString(out.shape()) + " "
                    + out.dataType() + " order " + out.ordering()) + ". Create it with Nd4j.create(" + type + ", "
                    + rows + ", " + units + ").");
        }
    }
}
