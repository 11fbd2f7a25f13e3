package org.neurite.core;

import org.neurite.core.kernel.NativeMatrix;

/** Forward passes for predict, on a per-thread workspace so that many threads can predict at once. */
final class Predictor {
    /** Rows per forward pass: large enough to amortise BLAS calls, small enough to bound the workspace. */
    static final int MAX_ROWS = 1024;

    private Predictor() {
    }

    static void predict(Network net, NativeMatrix x, int rows, NativeMatrix out) {
        Workspace w = net.predictWorkspace(Math.min(rows, MAX_ROWS), 1);
        int units = out.cols();
        if (rows <= w.capacity()) {
            Propagation.forward(net, w, x, rows);
            out.copyFrom(w.output(), 0, 0, rows * units);
            return;
        }
        int batch = w.capacity();
        for (int start = 0; start < rows; start += batch) {
            int n = Math.min(batch, rows - start);
            w.input.copyFrom(x, start * x.cols(), 0, n * x.cols());
            Propagation.forward(net, w, w.input, n);
            out.copyFrom(w.output(), 0, start * units, n * units);
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
