package org.neurite.core;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;
import org.neurite.engine.Workspace;

/**
 * Internal support for {@link org.neurite.core.diagnostics}: runs one forward pass of a built model and
 * copies out every layer's pre-activations z. Not part of the stable API; it allocates, so it never runs
 * inside a training step.
 */
public final class LayerTrace {
    private LayerTrace() {
    }

    /**
     * The pre-activations z of every layer for the rows of {@code x}, as {@code [layer][row][unit]} in double.
     *
     * @throws IllegalStateException if the model is not built
     */
    public static List<double[][]> preActivations(Sequential model, INDArray x) {
        Network net = model.network();
        if (net == null) {
            throw new IllegalStateException("LayerTrace: the model is not built yet. Call build(inputWidth), or fit "
                    + "or predict once.");
        }
        Inputs.requireMatrix(x, "diagnose: x");
        Inputs.requireWidth(x, net.inputWidth(), model);
        NativeMatrix xm = Inputs.matrix(x, model.dataType(), "x");
        int rows = xm.rows();
        Workspace w = new Workspace(net, Math.max(rows, 1), 1);
        Propagation.forward(net, w, xm, rows);
        List<double[][]> out = new ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            NativeMatrix z = w.z.get(l);
            int width = z.cols();
            double[][] values = new double[rows][width];
            for (int r = 0; r < rows; r++) {
                for (int u = 0; u < width; u++) {
                    values[r][u] = z.get(r * width + u);
                }
            }
            out.add(values);
        }
        return out;
    }
}
