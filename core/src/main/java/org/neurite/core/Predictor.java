package org.neurite.core;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;
import org.neurite.engine.Workspace;

/**
 * Forward passes for predict, on a per-thread workspace so that many threads can predict at once. The
 * workspace remembers the last input and output arrays it wrapped, so repeated predictions on the same
 * arrays skip re-wrapping them (the wrappers read the arrays' live memory, so new values are seen).
 */
final class Predictor {
    /** Rows per forward pass: large enough to amortise BLAS calls, small enough to bound the workspace. */
    static final int MAX_ROWS = 1024;

    private Predictor() {
    }

    /**
     * The outputs for {@code x} (already checked for shape) as a new {@code [rows, units]} array, written batch
     * by batch straight into it: nothing of the size of the input is copied or kept on the Java heap.
     */
    static INDArray predict(Network net, INDArray x) {
        INDArray out = Nd4j.create(net.dataType(), x.size(0), net.outputWidth());
        predictInto(net, x, out);
        return out;
    }

    /** Writes the outputs for {@code x} into {@code out} (both already checked); allocates nothing once warm. */
    static void predictInto(Network net, INDArray x, INDArray out) {
        int rows = (int) x.size(0);
        int units = net.outputWidth();
        Workspace w = net.predictWorkspace(Math.min(rows, MAX_ROWS), 1);
        NativeMatrix xm = w.wrapInput(x);
        requireFinite(xm, rows, w);
        NativeMatrix om = w.wrapOutput(out);
        for (int start = 0; start < rows; start += w.capacity()) {
            int n = forwardRows(net, w, xm, start, rows);
            om.copyFrom(w.output(), 0, start * units, n * units);
        }
    }

    /** Runs the forward pass on rows {@code start ..} (at most the workspace's capacity); returns their count. */
    static int forwardRows(Network net, Workspace w, NativeMatrix x, int start, int rows) {
        int n = Math.min(w.capacity(), rows - start);
        NativeMatrix in = x;
        if (n < rows) {
            w.input.copyFrom(x, start * x.cols(), 0, n * x.cols());
            in = w.input;
        }
        Propagation.forward(net, w, in, n);
        return n;
    }

    private static void requireFinite(NativeMatrix xm, int rows, Workspace w) {
        if (!Propagation.allFinite(xm, rows * xm.cols(), w.scratch)) {
            Inputs.requireFinite(xm, rows, "predict: x");
        }
    }

    /** Each layer's activations for all rows, as new arrays. */
    static java.util.List<org.nd4j.linalg.api.ndarray.INDArray> layerOutputs(Network net, NativeMatrix x, int rows) {
        java.util.List<org.nd4j.linalg.api.ndarray.INDArray> outs = new java.util.ArrayList<>();
        java.util.List<NativeMatrix> targets = new java.util.ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            var a = org.nd4j.linalg.factory.Nd4j.create(net.dataType(), rows, net.width(l));
            outs.add(a);
            targets.add(NativeMatrix.of(a));
        }
        Workspace w = net.predictWorkspace(Math.min(rows, MAX_ROWS), 1);
        int batch = w.capacity();
        for (int start = 0; start < rows; start += batch) {
            int n = Math.min(batch, rows - start);
            w.input.copyFrom(x, start * x.cols(), 0, n * x.cols());
            Propagation.forward(net, w, w.input, n);
            for (int l = 0; l < targets.size(); l++) {
                int width = net.width(l);
                targets.get(l).copyFrom(w.a.get(l), 0, start * width, n * width);
            }
        }
        return outs;
    }
}
