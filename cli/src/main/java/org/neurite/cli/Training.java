package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Callback;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.core.Goal;

/** Builds, compiles and trains the model the options describe. */
final class Training {
    private Training() {
    }

    /** A finished training run. */
    record Run(Sequential model, History history, String loss, String optimizer, long seed) {
    }

    static Sequential compiled(ModelOptions options, List<Dense> layers) {
        Sequential model = new Sequential(layers.toArray(new Layer[0]));
        String loss = options.lossName(layers);
        model.compile(OptimizerChoice.create(options.optimizer, options.learningRate), Loss.of(loss), Metric.ACCURACY);
        return model;
    }

    /**
     * Silent fit options for the task; on a truth table (where a perfect fit exists) the goal is full
     * accuracy, otherwise fit's default goal (a loss far below the constant predictor's).
     */
    static FitOptions fitOptions(ModelOptions options, Sequential model, Task task, long seed) {
        FitOptions fit = FitOptions.defaults().withEpochs(options.epochs).withBatchSize(options.batchSize)
                .withSeed(seed).withVerbose(0);
        return task.truthTable() ? fit.withGoal(goal(model)) : fit;
    }

    /** Full accuracy, by the name of the model's accuracy metric. */
    static Goal goal(Sequential model) {
        return Goal.metric(model.metrics().get(0).name(), 1.0);
    }

    static Run train(ModelOptions options, List<Dense> layers, Task task, Callback progress) {
        return train(options, layers, task, progress, options.seed);
    }

    static Run train(ModelOptions options, List<Dense> layers, Task task, Callback progress, long seed) {
        Sequential model = compiled(options, layers);
        List<Callback> callbacks = new ArrayList<>();
        if (progress != null) {
            callbacks.add(progress);
        }
        History history = model.fit(task.data(), fitOptions(options, model, task, seed).withCallbacks(callbacks));
        return new Run(model, history, options.lossName(layers), options.optimizer, seed);
    }
}
