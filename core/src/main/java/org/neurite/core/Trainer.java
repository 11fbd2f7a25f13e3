package org.neurite.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neurite.engine.Network;
import org.neurite.engine.Propagation;
import org.neurite.engine.Workspace;

/** The epoch and batch loop of {@link Sequential#fit}: shuffle, gather, forward, backward, update, log. */
final class Trainer {
    private final Sequential model;
    private final Network net;
    private final Compiled<?> compiled;
    private final TrainingData data;
    private final FitOptions options;
    private final List<Callback> callbacks;

    Trainer(Sequential model, Network net, Compiled<?> compiled, TrainingData data, FitOptions options) {
        this.model = model;
        this.net = net;
        this.compiled = compiled;
        this.data = data;
        this.options = options;
        this.callbacks = options.callbacks();
    }

    History run() {
        History history = new History();
        TrainingContext context = new TrainingContext(model, history, options);
        int rows = data.rows();
        Workspace w = new Workspace(net, Math.min(options.batchSize(), rows), data.y().cols());
        w.smallProducts = true;
        w.training = true;
        w.updatesState = true;
        Evaluator validation = data.hasValidation()
                ? new Evaluator(net, compiled, Math.min(options.batchSize(), data.validationRows()), data.y().cols())
                : null;
        MetricStates metrics = new MetricStates(compiled.metrics, net.outputWidth(), data.y().cols());
        ProgressLog progress = new ProgressLog(options.verbose(), options.epochs());
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = 0; i < callbacks.size(); i++) {
            callbacks.get(i).onTrainBegin(context);
        }
        for (int epoch = options.initialEpoch(); epoch < options.epochs() && !context.stopRequested(); epoch++) {
            for (int i = 0; i < callbacks.size(); i++) {
                callbacks.get(i).onEpochBegin(epoch, context);
            }
            if (options.shuffle()) {
                shuffle(order, epochRandom(options.seed(), epoch));
            }
            Map<String, Double> logs = runEpoch(w, order, metrics, context);
            if (validation != null) {
                logs.putAll(validation.evaluate(data.validationX(), data.validationY(), data.validationWeights(),
                        data.validationRows(), "val_"));
            }
            model.epochEnded(epoch);
            history.record(epoch, logs);
            progress.epochEnd(epoch, logs);
            for (int i = 0; i < callbacks.size(); i++) {
                callbacks.get(i).onEpochEnd(epoch, logs, context);
            }
        }
        for (int i = 0; i < callbacks.size(); i++) {
            callbacks.get(i).onTrainEnd(context);
        }
        return history;
    }

    private Map<String, Double> runEpoch(Workspace w, int[] order, MetricStates metrics, TrainingContext context) {
        int rows = data.rows();
        int batchSize = w.capacity();
        double[] sampleWeights = data.weights();
        double[] batchWeights = sampleWeights == null ? null : w.weights;
        metrics.reset();
        double lossSum = 0;
        int seen = 0;
        for (int batch = 0, start = 0; start < rows && !context.stopRequested(); batch++, start += batchSize) {
            for (int i = 0; i < callbacks.size(); i++) {
                callbacks.get(i).onBatchBegin(batch, context);
            }
            int n = Math.min(batchSize, rows - start);
            for (int i = 0; i < n; i++) {
                w.input.copyRowFrom(data.x(), order[start + i], i);
                w.labels.copyRowFrom(data.y(), order[start + i], i);
            }
            if (batchWeights != null) {
                for (int i = 0; i < n; i++) {
                    batchWeights[i] = sampleWeights[order[start + i]];
                }
            }
            Propagation.forward(net, w, w.input, n);
            double batchLoss = Propagation.outputGradient(net, w, w.labels, n, compiled.loss, metrics, batchWeights,
                    true);
            Propagation.backward(net, w, w.input, n);
            model.applyUpdate(compiled);
            lossSum += batchLoss;
            seen += n;
            for (int i = 0; i < callbacks.size(); i++) {
                callbacks.get(i).onBatchEnd(batch, batchLoss / n, context);
            }
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", lossSum / seen);
        metrics.log("", logs);
        return logs;
    }

    /**
     * The shuffling of one epoch is a pure function of (seed, epoch), so a run resumed with
     * {@code initialEpoch} sees the same row order as one never interrupted.
     */
    static Random epochRandom(long seed, int epoch) {
        return new Random((seed * 31 + 17) * 1_000_003L + epoch);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
