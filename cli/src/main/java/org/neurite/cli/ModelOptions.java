package org.neurite.cli;

import java.util.List;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import picocli.CommandLine.Option;

/** The options that describe a task and a model to train, shared by train, sweep and diagnose. */
final class ModelOptions {
    @Option(names = "--task", defaultValue = "xor", paramLabel = "TASK",
            description = "xor, and, or, nand, nor, xnor, identity:N, parity:N, majority:N, csv:PATH "
                    + "(with --label), fashion-mnist, mnist (evaluated on their test sets), or the 2-D shapes circle, "
                    + "gaussians, xor2d, spiral, spiral:K, blobs:K. Default: ${DEFAULT-VALUE}.")
    String task;

    @Option(names = "--label", paramLabel = "COLUMN", description = "Label column of a csv task (name or index).")
    String label;

    @Option(names = "--samples", paramLabel = "N",
            description = "Train on N rows sampled with replacement from the truth table (seeded).")
    Integer samples;

    @Option(names = "--layers", paramLabel = "SPEC",
            description = "Dense layers as units:activation, comma-separated. Default: 4:tanh, then one output "
                    + "unit per label column: sigmoid for 0/1 labels (4:tanh,1:sigmoid on xor), K:softmax for K > 2 "
                    + "text classes, linear otherwise.")
    String layers;

    @Option(names = "--validation-split", defaultValue = "0", paramLabel = "FRACTION",
            description = "Hold out this share of the rows (shuffled with --seed) and score them after each epoch "
                    + "as val_loss and val_<metric>. Default: no validation.")
    double validationSplit;

    @Option(names = "--standardize",
            description = "Scale every input column to mean 0, std 1 (fitted on the training rows; saved with "
                    + "the model so predict applies it).")
    boolean standardize;

    @Option(names = "--no-bias", description = "Build every layer without a bias.")
    boolean noBias;

    @Option(names = "--optimizer", defaultValue = "adam", paramLabel = "NAME",
            description = "adam, sgd, adamw, rmsprop, adagrad, nadam. Default: ${DEFAULT-VALUE}.")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.05", paramLabel = "RATE",
            description = "Learning rate. Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(names = "--loss", paramLabel = "NAME",
            description = "Loss (Keras name). Default: binary_crossentropy for a sigmoid output, "
                    + "categorical_crossentropy for softmax, else mean_squared_error.")
    String loss;

    @Option(names = "--epochs", defaultValue = "500", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "32", paramLabel = "N",
            description = "Rows per step. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seeds weights, sampling and shuffling. Default: ${DEFAULT-VALUE}.")
    long seed;

    /** The layers --layers names, or the default for the task (see the option's description). */
    List<Dense> denseLayers(Task task) {
        return LayerSpec.parse(layers != null ? layers : defaultLayers(task), !noBias);
    }

    /** The --layers spec used when none is given. */
    static String defaultLayers(Task task) {
        int width = task.data().labelCount();
        if (task.classes().size() > 2) {
            return "4:tanh," + task.classes().size() + ":softmax";
        }
        boolean binary = task.classes().size() == 2
                || Grading.of(Activation.LINEAR, width, task.data().labels()) == Grading.BINARY;
        return "4:tanh," + width + (binary ? ":sigmoid" : ":linear");
    }

    /**
     * The loss to use: --loss, or the one that goes with the output activation: binary cross-entropy for
     * sigmoid, categorical cross-entropy for softmax (the sparse form for class indices in one label column),
     * else mean squared error.
     */
    String lossName(List<Dense> layers, int labelWidth) {
        if (loss != null) {
            return loss;
        }
        Dense last = layers.get(layers.size() - 1);
        Activation out = last.activation();
        if (out == Activation.SIGMOID) {
            return "binary_crossentropy";
        }
        if (out == Activation.SOFTMAX) {
            return labelWidth == 1 && last.units() > 1 ? "sparse_categorical_crossentropy" : "categorical_crossentropy";
        }
        return "mean_squared_error";
    }

    void validate() {
        if (epochs < 0) {
            throw new UsageException("--epochs must be >= 0; received " + epochs);
        }
        if (batchSize <= 0) {
            throw new UsageException("--batch-size must be > 0; received " + batchSize);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new UsageException("--lr must be a number > 0; received " + learningRate);
        }
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new UsageException("--validation-split must be in [0, 1), the share of rows held out; received "
                    + validationSplit + ". For 20% pass 0.2.");
        }
        if (samples != null && samples < 1) {
            throw new UsageException("--samples must be >= 1; received " + samples);
        }
    }
}
