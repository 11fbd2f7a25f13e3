package org.neurite.core;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;
import org.neurite.engine.Workspace;

/**
 * Internal support for {@link org.neurite.core.diagnostics}: runs one forward pass of a built model on predict's
 * per-thread workspace (in batches of {@value Predictor#MAX_ROWS} rows) and copies out every layer's
 * pre-activations z and the outputs. Not part of the stable API; it allocates, so it
 * never runs inside a training step.
 */
public final class LayerTrace {
    /**
     * One forward pass in double.
     *
     * @param z the pre-activations, {@code [layer][row][unit]}
     * @param outputs the model's outputs, {@code [row][unit]}
     */
    public record Result(List<double[][]> z, double[][] outputs) {
        /** Checks that both parts are given. */
        public Result {
            if (z == null || outputs == null) {
                throw new IllegalArgumentException("LayerTrace.Result needs z and outputs; received z=" + z
                        + ", outputs=" + outputs + ". Pass both arrays.");
            }
        }
    }

    private LayerTrace() {
    }

    /**
     * The pre-activations z of every layer for the rows of {@code x}, as {@code [layer][row][unit]} in double.
     *
     * @throws IllegalStateException if the model is not built
     */
    public static List<double[][]> preActivations(Sequential model, INDArray x) {
        return trace(model, x, null).z();
    }

    /**
     * The pre-activations and outputs for {@code x}, after checking {@code x} and (when not null) the labels
     * {@code y} exactly as {@link Sequential#evaluate} does.
     *
     * @throws IllegalStateException if the model is not built, or y is given and it is not compiled
     * @throws IllegalArgumentException if x or y do not fit the model
     */
    public static Result trace(Sequential model, INDArray x, INDArray y) {
        if (model == null) {
            throw new IllegalArgumentException("LayerTrace.trace: model must be a Sequential; received null. "
                    + "Pass the model to trace.");
        }
        Network net = model.network();
        if (net == null) {
            throw new IllegalStateException("LayerTrace: the model is not built yet. Call build(inputWidth), or fit "
                    + "or predict once.");
        }
        Inputs.requireMatrix(x, "diagnose: x");
        Inputs.requireWidth(x, net.inputWidth(), model);
        NativeMatrix xm = Inputs.matrix(x, model.dataType(), "x");
        int rows = xm.rows();
        Workspace w = net.predictWorkspace(Math.min(rows, Predictor.MAX_ROWS), 1);
        if (!Propagation.allFinite(xm, rows * xm.cols(), w.scratch)) {
            Inputs.requireFinite(xm, rows, "diagnose: x");
        }
        if (y != null) {
            Loss loss = model.loss();
            int units = net.outputWidth();
            Inputs.requireMatrix(y, "diagnose: labels");
            Inputs.requireSameRows(x, y, "diagnose: x", "labels");
            Inputs.requireLabelWidth(y, loss.labelWidth(units), loss, units, "diagnose: labels");
            NativeMatrix ym = Inputs.matrix(y, model.dataType(), "labels");
            if (!Propagation.allFinite(ym, rows * ym.cols(), w.scratch)) {
                Inputs.requireFinite(ym, rows, "diagnose: labels");
            }
            Inputs.requireLabels(ym, rows, loss, units, "diagnose: labels");
        }
        int layers = net.layers().size();
        List<double[][]> z = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            z.add(new double[rows][]);
        }
        double[][] outputs = new double[rows][];
        for (int start = 0; start < rows; start += w.capacity()) {
            int n = Predictor.forwardRows(net, w, xm, start, rows);
            for (int l = 0; l < layers; l++) {
                copy(w.z.get(l), z.get(l), start, n);
            }
            copy(w.a.get(layers - 1), outputs, start, n);
        }
        return new Result(z, outputs);
    }

    /** Rows {@code 0 .. n} of the workspace matrix {@code m} into rows {@code start ..} of {@code values}. */
    private static void copy(NativeMatrix m, double[][] values, int start, int n) {
        int width = m.cols();
        float[] row = m.isFloat() ? new float[width] : null;
        for (int r = 0; r < n; r++) {
            double[] target = new double[width];
            if (row != null) {
                m.loadFloats(r * width, row, width);
                for (int u = 0; u < width; u++) {
                    target[u] = row[u];
                }
            } else {
                m.loadDoubles(r * width, target, 0, width);
            }
            values[start + r] = target;
        }
    }
}
