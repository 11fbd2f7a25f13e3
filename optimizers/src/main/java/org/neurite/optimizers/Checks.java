package org.neurite.optimizers;

import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Parameters;

/** Argument checks shared by the optimizers, with messages that name the argument, the value and the fix. */
final class Checks {
    private Checks() {
    }

    static void nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0 (0 switches it off); received "
                    + name + "=" + value + ".");
        }
    }

    /** {@code owner.name} in [0, 1). */
    static void unitInterval(String owner, String name, double value, String usual) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(owner + "." + name + " must be in [0, 1); received " + value + ". "
                    + usual);
        }
    }

    /** {@code owner.name} finite and > 0. */
    static void positive(String owner, String name, double value, String usual) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(owner + "." + name + " must be a finite number > 0; received " + value
                    + ". " + usual);
        }
    }

    /** A constant learning rate, checked and wrapped. */
    static LearningRateSchedule rate(String owner, double learningRate, double kerasDefault) {
        positive(owner, "learningRate", learningRate, "Keras's default is " + kerasDefault + ".");
        return LearningRateSchedule.constant(learningRate);
    }

    static void notNull(String owner, String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(owner + "." + name + " must not be null. Pass "
                    + ("options".equals(name) ? "UpdateOptions.defaults()" : "a value, e.g. the default") + ".");
        }
    }

    /** Checks the arguments of {@code Optimizer.update} before anything is written. */
    static void update(String owner, Parameters parameters, UpdateBuffers buffers, long step, double learningRate,
                       UpdateOptions options) {
        if (parameters == null || buffers == null) {
            throw new IllegalArgumentException(owner + ".update: parameters and state must not be null; received "
                    + "parameters=" + parameters + ", state buffers=" + buffers + ". Create the state with init.");
        }
        if (step < 1) {
            throw new IllegalArgumentException(owner + ".update: step is 1-based and must be >= 1; received step="
                    + step + ".");
        }
        if (!(learningRate >= 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException(owner + ".update: learningRate must be a finite number >= 0; received "
                    + "learningRate=" + learningRate + ". Check the schedule and the learning-rate factor.");
        }
        buffers.checkMatches(owner, parameters, options.clipNorm() > 0);
    }
}
