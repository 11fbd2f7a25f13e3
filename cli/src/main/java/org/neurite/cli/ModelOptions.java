package org.neurite.cli;

import java.util.List;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import picocli.CommandLine.Option;

/** The options that describe a task and a model to train, shared by train, sweep and diagnose. */
final class ModelOptions {
    @Option(names = "--task", defaultValue = "xor", paramLabel = "TASK",
            description = "xor, and, or, nand, nor, xnor, identity:N, parity:N, majority:N, or csv:PATH "
                    + "(with --label). Default: ${DEFAULT-VALUE}.")
    String task;

    @Option(names = "--label", paramLabel = "COLUMN", description = "Label column of a csv task (name or index).")
    String label;

    @Option(names = "--samples", paramLabel = "N",
            description = "Train on N rows sampled with replacement from the truth table (seeded).")
    Integer samples;

    @Option(names = "--layers", defaultValue = "4:tanh,1:sigmoid", paramLabel = "SPEC",
            description = "Dense layers as units:activation, comma-separated. Default: ${DEFAULT-VALUE}.")
    String layers;

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

    List<Dense> denseLayers() {
        return LayerSpec.parse(layers, !noBias);
    }

    /** The loss to use: --loss, or the one that goes with the output activation. */
    String lossName(List<Dense> layers) {
        if (loss != null) {
            return loss;
        }
        Activation out = layers.get(layers.size() - 1).activation();
        if (out == Activation.SIGMOID) {
            return "binary_crossentropy";
        }
        return out == Activation.SOFTMAX ? "categorical_crossentropy" : "mean_squared_error";
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
        if (samples != null && samples < 1) {
            throw new UsageException("--samples must be >= 1; received " + samples);
        }
    }
}
