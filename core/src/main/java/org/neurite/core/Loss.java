package org.neurite.core;

import java.util.List;
import org.neurite.core.losses.Losses;

/**
 * A loss over a batch, reduced as Keras reduces it: the mean over a row's outputs, then the mean over rows.
 * Implementations work on chunks of whole rows: {@code p} holds the model's outputs ({@code width} per
 * row) and {@code y} the labels ({@link #labelWidth(int)} per row).
 *
 * <p>A loss may fuse with the output activation ({@link #fusesWith(Activation)}): it is then computed from
 * the pre-activations z and its gradient is taken with respect to z directly, which is exact and stable
 * (binary cross-entropy with sigmoid, categorical cross-entropy with softmax).
 */
public interface Loss {
    /** Mean of (p − y)² over outputs (no ½, as Keras). */
    Loss MEAN_SQUARED_ERROR = Losses.MEAN_SQUARED_ERROR;
    /** Mean of |p − y| over outputs. */
    Loss MEAN_ABSOLUTE_ERROR = Losses.MEAN_ABSOLUTE_ERROR;
    /** −[y ln p + (1 − y) ln(1 − p)], p clipped to [1e-7, 1 − 1e-7]; fused with a sigmoid output. */
    Loss BINARY_CROSSENTROPY = Losses.binaryCrossentropy(false);
    /** −Σ y ln p over a row, p clipped to [1e-7, 1 − 1e-7]; fused with a softmax output. */
    Loss CATEGORICAL_CROSSENTROPY = Losses.categoricalCrossentropy(false);
    /** −ln p[class] with integer class labels in one column; fused with a softmax output. */
    Loss SPARSE_CATEGORICAL_CROSSENTROPY = Losses.SPARSE_CATEGORICAL_CROSSENTROPY;
    /** Mean of max(1 − y·p, 0); labels 0 are read as −1, as Keras converts {0, 1} labels. */
    Loss HINGE = Losses.HINGE;

    /** The Keras name; {@link #of(String)} resolves it back. */
    String name();

    /** Label columns needed for an output of {@code outputUnits} units. */
    default int labelWidth(int outputUnits) {
        return outputUnits;
    }

    /**
     * Checks that this loss can train an output layer with this activation and width.
     *
     * @return null when compatible, else a message naming what is wrong and the fix
     */
    String incompatibility(Activation output, int units);

    /** @return null when {@code label} is valid for this loss, else what was expected */
    String invalidLabel(double label, int outputUnits);

    /** Σ over {@code rows} rows of the per-row loss, from outputs p. */
    double sum(double[] p, double[] y, int rows, int width);

    /** {@code grad = d(per-row loss)/dp} for each element. */
    void gradient(double[] p, double[] y, double[] grad, int rows, int width);

    /** Whether this loss is computed from the pre-activations of this output activation. */
    default boolean fusesWith(Activation output) {
        return false;
    }

    /** Σ of the per-row loss computed from pre-activations z (only when fused). */
    default double sumFromLogits(double[] z, double[] p, double[] y, int rows, int width) {
        throw new UnsupportedOperationException(name() + " does not fuse with an activation");
    }

    /** {@code grad = d(per-row loss)/dz} (only when fused), given z and p = f(z). */
    default void logitGradient(double[] z, double[] p, double[] y, double[] grad, int rows, int width) {
        throw new UnsupportedOperationException(name() + " does not fuse with an activation");
    }

    /** Binary cross-entropy; with {@code fromLogits} the outputs are logits (use a linear output). */
    static Loss binaryCrossentropy(boolean fromLogits) {
        return Losses.binaryCrossentropy(fromLogits);
    }

    /** Categorical cross-entropy; with {@code fromLogits} the outputs are logits (use a linear output). */
    static Loss categoricalCrossentropy(boolean fromLogits) {
        return Losses.categoricalCrossentropy(fromLogits);
    }

    /** Resolves a Keras name such as {@code "binary_crossentropy"} or {@code "mse"}. */
    static Loss of(String name) {
        return Losses.byName(name);
    }

    /** The names {@link #of(String)} accepts. */
    static List<String> names() {
        return Losses.NAMES;
    }
}
