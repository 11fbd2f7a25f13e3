package org.neurite.core;

import java.util.List;

/** What compile fixes: the optimizer, its state once the model is built, the loss and resolved metrics. */
final class Compiled<S extends OptimizerState> {
    final Optimizer<S> optimizer;
    final Loss loss;
    final List<Metric> metrics;
    S state;

    Compiled(Optimizer<S> optimizer, Loss loss, List<Metric> metrics) {
        this.optimizer = optimizer;
        this.loss = loss;
        this.metrics = List.copyOf(metrics);
    }

    void ensureState(Parameters parameters) {
        if (state == null) {
            state = optimizer.init(parameters);
        }
    }

    void update(Parameters parameters, long step, double learningRate) {
        ensureState(parameters);
        optimizer.update(parameters, state, step, learningRate);
    }
}
