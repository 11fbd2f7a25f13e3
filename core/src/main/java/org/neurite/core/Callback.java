package org.neurite.core;

import java.util.Map;
import java.util.Set;

/**
 * Hooks into {@link Sequential#fit}, as Keras's callbacks. Every method has an empty default. A callback
 * stops training with {@link TrainingContext#stopTraining()}; the loop ends after the current batch.
 * Batch hooks receive primitives so that they add no allocation to the training step.
 */
public interface Callback {
    /**
     * Called by fit before it changes anything, with the names this fit's epoch logs will hold ({@code loss},
     * the metrics, and their {@code val_} forms when validating). Throws {@link IllegalArgumentException} for a
     * configuration that cannot work (a {@code val_} log without validation data, a folder that does not exist), so
     * that the mistake costs no training.
     */
    default void validate(Set<String> logNames) {
    }

    default void onTrainBegin(TrainingContext context) {
    }

    /**
     * Called once when training ends normally or by a stop request. As in Keras, it is not called when fit
     * throws (e.g. a {@link NonFiniteGradientException}): the model then keeps the weights of the last good step.
     */
    default void onTrainEnd(TrainingContext context) {
    }

    default void onEpochBegin(int epoch, TrainingContext context) {
    }

    /** {@code logs} holds this epoch's loss and metrics (and {@code val_} ones when validating). */
    default void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
    }

    default void onBatchBegin(int batch, TrainingContext context) {
    }

    /** {@code loss} is the mean loss of this batch. */
    default void onBatchEnd(int batch, double loss, TrainingContext context) {
    }

    /**
     * Throws when {@code owner} monitors a {@code val_} log in a fit without validation data; for
     * {@link #validate}. Other names pass: a callback may add its own values to the logs, and a name still
     * missing at the first epoch's end is reported then.
     */
    static void requireLog(String owner, String log, Set<String> logNames) {
        if (owner == null || log == null || logNames == null) {
            throw new IllegalArgumentException("Callback.requireLog: owner, log and logNames must not be null; "
                    + "received owner=" + owner + ", log=" + log + ", logNames=" + logNames + ".");
        }
        if (log.startsWith("val_") && logNames.stream().noneMatch(n -> n.startsWith("val_"))) {
            throw new IllegalArgumentException(owner + " monitors '" + log + "' but this fit has no validation data, "
                    + "so its epoch logs will hold only " + logNames + ". Pass FitOptions.withValidationData(...) or "
                    + "withValidationSplit(...) to fit, or monitor \"" + log.substring(4) + "\".");
        }
    }
}
