package org.neurite.core;

/**
 * An update rule for the model's flat parameter buffer. The rule is stateless: its per-parameter state
 * lives in a separate record {@code S} that the rule creates ({@link #init}) and updates in place
 * ({@link #update}), so save/load and tests can hold the state directly (the optax / Burn split).
 *
 * <p>The learning rate for the current step is passed in; schedules ({@link #learningRate()}) and
 * callbacks such as ReduceLROnPlateau act outside the rule.
 *
 * @param <S> the optimizer's state
 */
public interface Optimizer<S extends OptimizerState> {
    /** The Keras name, e.g. {@code "adam"}. */
    String name();

    /** The learning rate as a function of the 1-based step. */
    LearningRateSchedule learningRate();

    /** Creates zeroed state shaped like the parameters. */
    S init(Parameters parameters);

    /**
     * Applies one update to {@code parameters.values()} from {@code parameters.gradients()}.
     *
     * @param step the 1-based number of this update (Adam's t)
     * @param learningRate the learning rate for this step, already scheduled and scaled
     */
    void update(Parameters parameters, S state, long step, double learningRate);
}
