package org.neurite.core;

/**
 * What a {@link Callback} sees of a running {@link Sequential#fit}: the model, the history so far, the
 * step counter, and the two things it may change: a stop request and the learning-rate factor (the
 * scheduled rate is multiplied by it, which is how ReduceLROnPlateau works with any optimizer).
 */
public final class TrainingContext {
    private final Sequential model;
    private final History history;
    private final FitOptions options;
    private boolean stopRequested;

    TrainingContext(Sequential model, History history, FitOptions options) {
        this.model = model;
        this.history = history;
        this.options = options;
    }

    public Sequential model() {
        return model;
    }

    public History history() {
        return history;
    }

    public FitOptions options() {
        return options;
    }

    /** Updates applied to the model so far (across fit calls). */
    public long step() {
        return model.step();
    }

    /** Asks the training loop to stop after the current batch. */
    public void stopTraining() {
        stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /** The learning rate the next step will use. */
    public double learningRate() {
        return model.currentLearningRate();
    }

    public double learningRateFactor() {
        return model.learningRateFactor();
    }

    /** Sets the factor applied to the scheduled learning rate from the next step on. */
    public void setLearningRateFactor(double factor) {
        model.setLearningRateFactor(factor);
    }
}
