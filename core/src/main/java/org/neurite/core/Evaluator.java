package org.neurite.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;
import org.neurite.engine.Workspace;

/**
 * Loss and metrics over a data set in batches, without gradients. With sample weights the loss is
 * Σ wᵢ·lossᵢ / rows (Keras's {@code sum_over_batch_size}) and only weighted metrics see the weights.
 */
final class Evaluator {
    private final Network net;
    private final Compiled<?> compiled;
    private final Workspace w;
    private final MetricStates metrics;

    Evaluator(Network net, Compiled<?> compiled, int batchSize, int labelWidth) {
        this.net = net;
        this.compiled = compiled;
        this.w = new Workspace(net, Math.max(1, batchSize), labelWidth);
        this.metrics = new MetricStates(compiled.metrics, net.outputWidth(), labelWidth);
    }

    /** Keys are {@code prefix + "loss"} and {@code prefix + metric name}; {@code weights} may be null. */
    Map<String, Double> evaluate(NativeMatrix x, NativeMatrix y, double[] weights, int rows, String prefix) {
        metrics.reset();
        double loss = 0;
        int batch = w.capacity();
        for (int start = 0; start < rows; start += batch) {
            int n = Math.min(batch, rows - start);
            w.input.copyFrom(x, start * x.cols(), 0, n * x.cols());
            w.labels.copyFrom(y, start * y.cols(), 0, n * y.cols());
            double[] batchWeights = null;
            if (weights != null) {
                batchWeights = w.weights;
                System.arraycopy(weights, start, batchWeights, 0, n);
            }
            Propagation.forward(net, w, w.input, n);
            loss += Propagation.outputGradient(net, w, w.labels, n, compiled.loss, metrics, batchWeights, false);
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put(prefix + "loss", loss / rows);
        metrics.log(prefix, logs);
        return logs;
    }
}
