package org.neurite.core.regularizers;

import java.util.Map;

/**
 * A weight or activity penalty added to the loss, Keras's {@code keras.regularizers}: penalty =
 * l1·Σ|x| + l2·Σx², gradient l1·sign(x) + 2·l2·x (sign(0) = 0, as TensorFlow differentiates |x|). Weight
 * penalties are added to each batch's mean loss; activity penalties are divided by the batch size first
 * (Keras 3's {@code Layer.__call__}). Both appear in the logged {@code loss} and {@code val_loss}, as in Keras.
 */
public interface Regularizer {
    /** The L1 factor, {@code >= 0}. */
    double l1();

    /** The L2 factor, {@code >= 0}. */
    double l2();

    /** The Keras class name, e.g. {@code "L2"}. */
    String className();

    /** The Keras config, e.g. {@code {"l2": 0.01}}. */
    Map<String, Object> config();

    /** The penalty of {@code n} values. */
    default double penalty(double[] x, int n) {
        double abs = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            abs += Math.abs(x[i]);
            squares += x[i] * x[i];
        }
        return l1() * abs + l2() * squares;
    }

    /** Adds {@code scale} times the penalty's gradient at {@code x} to {@code g}, for {@code n} values. */
    default void addGradient(double[] x, double[] g, int n, double scale) {
        double a = scale * l1();
        double b = scale * 2 * l2();
        for (int i = 0; i < n; i++) {
            g[i] += a * Math.signum(x[i]) + b * x[i];
        }
    }

    /** Checks one factor: finite and {@code >= 0}. */
    static double checkFactor(String owner, String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(owner + "." + name + " must be a finite number >= 0; received " + name
                    + "=" + value + ". Keras's default is 0.01; use 0 to turn the penalty off.");
        }
        return value;
    }
}
