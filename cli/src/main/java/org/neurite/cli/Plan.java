package org.neurite.cli;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.Dataset;
import org.neurite.core.layers.Dense;
import org.neurite.datasets.Standardizer;

/**
 * Everything a run needs, resolved and checked before the first epoch: the task, the layers, how the task is
 * graded, the loss, the training rows and held-out validation rows (null without --validation-split), and
 * the standardizer fitted on the training rows (null without --standardize).
 */
record Plan(ModelOptions options, Task task, List<Dense> layers, Grading grading, String loss, Dataset train,
            Dataset validation, Standardizer standardizer) {

    static Plan of(ModelOptions options) {
        options.validate();
        Task task = Tasks.load(options);
        List<Dense> layers = options.denseLayers(task);
        Dense out = layers.get(layers.size() - 1);
        Grading grading = Grading.of(out.activation(), out.units(), task.data().labels());
        checkOutputWidth(task, out, grading);
        Dataset train = task.data();
        Dataset validation = null;
        if (options.validationSplit > 0) {
            try {
                Dataset.Split split = train.split(1 - options.validationSplit, options.seed);
                train = split.train();
                validation = split.test();
            } catch (IllegalArgumentException e) {
                throw new UsageException("--validation-split " + options.validationSplit + ": " + e.getMessage());
            }
        }
        Standardizer standardizer = options.standardize ? Standardizer.fit(train) : null;
        if (standardizer != null) {
            train = standardizer.apply(train);
            validation = validation == null ? null : standardizer.apply(validation);
        }
        return new Plan(options, task, layers, grading, options.lossName(layers, task.data().labelCount()), train,
                validation, standardizer);
    }

    private static void checkOutputWidth(Task task, Dense out, Grading grading) {
        int width = task.data().labelCount();
        if (grading == Grading.SPARSE) {
            int classes = (int) task.data().labels().maxNumber().doubleValue() + 1;
            if (classes > out.units()) {
                throw new UsageException("--layers: the softmax output has " + out.units() + " units but task "
                        + task.name() + " has " + classes + " classes; end --layers with " + classes + ":softmax");
            }
        } else if (width != out.units()) {
            String kind = task.classes().size() > 2 ? task.classes().size() + ":softmax"
                    : width + (Grading.of(Activation.LINEAR, width, task.data().labels()) == Grading.BINARY ? ":sigmoid"
                    : ":linear");
            throw new UsageException("--layers: the output layer has " + out.units() + " unit"
                    + (out.units() == 1 ? "" : "s") + " but task " + task.name() + " has " + width + " label column"
                    + (width == 1 ? "" : "s") + " (" + String.join(", ", task.labelNames()) + "); end --layers with "
                    + kind);
        }
    }

    /** The model's inputs for raw rows of the task: standardized when the plan standardizes. */
    INDArray inputs(INDArray raw) {
        return standardizer == null ? raw : standardizer.apply(raw);
    }

    /** The --layers spec in effect (the option or the task's default). */
    String layerSpec() {
        return options.layers != null ? options.layers : ModelOptions.defaultLayers(task);
    }
}
