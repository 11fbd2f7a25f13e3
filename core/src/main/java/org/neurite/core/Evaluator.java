package org.neurite.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;
import org.neurite.engine.Workspace;

/** Loss and metrics over a data set in batches, without gradients. */
final class Evaluator {
    private final Network net;
    private final Compiled<?> compiled;
    private final Workspace w;

    Evaluator(Network net, Compiled<?> compiled, int batchSize, int labelWidth) {
        this.net = net;
        this.compiled = compiled;
        this.w = new Workspace(net, Math.max(1, batchSize), labelWidth);
    }

    /** Keys are {@code prefix + "loss"} and {@code prefix + metric name}. */
    Map<String, Double> evaluate(NativeMatrix x, NativeMatrix y, int rows, String prefix) {
        List<Metric> metrics = compiled.metrics;
        double[] sums = new double[metrics.size()];
        double loss = 0;
        int batch = w.capacity();
        for (int start = 0; start < rows; start += batch) {
            int n = Math.min(batch, rows - start);
            w.input.copyFrom(x, start * x.cols(), 0, n * x.cols());
            w.labels.copyFrom(y, start * y.cols(), 0, n * y.cols());
            Propagation.forward(net, w, w.input, n);
            loss += Propagation.outputGradient(net, w, w.labels, n, compiled.loss, metrics, sums, false);
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put(prefix + "loss", loss / rows);
        for (int m = 0; m < metrics.size(); m++) {
            logs.put(prefix + metrics.get(m).name(), sums[m] / rows);
        }
        return logs;
    }
}
