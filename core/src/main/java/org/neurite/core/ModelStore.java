package org.neurite.core;

import java.nio.file.Path;

/**
 * Writes and reads model files for {@link Sequential#save} and {@link Sequential#load}. The API finds the
 * implementation ({@code org.neurite.core.io}'s zip format) with {@link java.util.ServiceLoader}, so it
 * never imports the file code and the two packages form no import circle.
 */
public abstract class ModelStore {
    /** Saves a built model atomically. */
    public abstract void save(Sequential model, Path path);

    /** Reads a saved model; {@code optimizer} replaces the saved one when not null. */
    public abstract Sequential load(Path path, Optimizer<?> optimizer);

    /** Sets the step, epoch and learning-rate factor a saved model had (for loaders only). */
    protected static void restoreCounters(Sequential model, long step, int epoch, double learningRateFactor) {
        model.restoreCounters(step, epoch, learningRateFactor);
    }

    /** The compiled model's optimizer state, created now if no step has run yet (for loaders only). */
    protected static OptimizerState ensureOptimizerState(Sequential model) {
        return model.ensureOptimizerState();
    }
}
