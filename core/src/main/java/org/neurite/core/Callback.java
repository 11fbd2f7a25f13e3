package org.neurite.core;

import java.util.Map;

/**
 * Hooks into {@link Sequential#fit}, as Keras's callbacks. Every method has an empty default. A callback
 * stops training with {@link TrainingContext#stopTraining()}; the loop ends after the current batch.
 * Batch hooks receive primitives so that they add no allocation to the training step.
 */
public interface Callback {
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
}
