package org.neurite.core;

/** The learning rate as a function of the 1-based training step. */
@FunctionalInterface
public interface LearningRateSchedule {
    /** The learning rate for step {@code step} (1-based). */
    double at(long step);

    /** The same rate at every step. */
    static LearningRateSchedule constant(double learningRate) {
        return new Constant(learningRate);
    }

    /** A schedule that always returns one value. */
    record Constant(double learningRate) implements LearningRateSchedule {
        public Constant {
            if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be a finite number > 0; received learningRate="
                        + learningRate + ".");
            }
        }

        @Override
        public double at(long step) {
            return learningRate;
        }
    }
}
