package org.neurite.core.spi;

import java.util.Arrays;
import java.util.Objects;
import org.neurite.core.Initializer;
import org.neurite.core.constraints.Constraint;
import org.neurite.core.regularizers.Regularizer;

/**
 * A weight array a layer declares when it is built: its short name ({@code "kernel"}, {@code "bias"}), its
 * shape, its initializer and the fans the initializer scales by; whether the optimizer trains it (Keras's
 * {@code trainable}: BatchNormalization's moving statistics are not), and an optional penalty and constraint.
 *
 * @param regularizer added to the loss, or null
 * @param constraint applied after each optimizer update, or null
 */
public record WeightSpec(String name, long[] shape, Initializer initializer, int fanIn, int fanOut,
                         boolean trainable, Regularizer regularizer, Constraint constraint) {
    public WeightSpec {
        if (name == null || name.isBlank() || name.contains("/") || shape == null || initializer == null) {
            throw new IllegalArgumentException("WeightSpec: name must be non-blank without '/', shape and initializer"
                    + " not null; received name=" + name + ", shape=" + Arrays.toString(shape) + ", initializer="
                    + initializer + ".");
        }
        shape = shape.clone();
        for (long s : shape) {
            if (s < 1) {
                throw new IllegalArgumentException("WeightSpec '" + name + "': every dimension must be >= 1; received "
                        + "shape=" + Arrays.toString(shape) + ".");
            }
        }
        if (!trainable && (regularizer != null || constraint != null)) {
            throw new IllegalArgumentException("WeightSpec '" + name + "': a non-trainable weight takes no regularizer"
                    + " or constraint; received regularizer=" + regularizer + ", constraint=" + constraint + ".");
        }
    }

    /** A trainable weight without penalty or constraint. */
    public WeightSpec(String name, long[] shape, Initializer initializer, int fanIn, int fanOut) {
        this(name, shape, initializer, fanIn, fanOut, true, null, null);
    }

    /** A trainable vector {@code [n]} drawn from {@code initializer} (fans n, n). */
    public static WeightSpec vector(String name, int n, Initializer initializer) {
        return new WeightSpec(name, new long[] {n}, initializer, n, n);
    }

    /** This weight, not trained by the optimizer (a statistic the layer updates itself). */
    public WeightSpec nonTrainable() {
        return new WeightSpec(name, shape, initializer, fanIn, fanOut, false, null, null);
    }

    public WeightSpec withRegularizer(Regularizer r) {
        return new WeightSpec(name, shape, initializer, fanIn, fanOut, trainable, r, constraint);
    }

    public WeightSpec withConstraint(Constraint c) {
        return new WeightSpec(name, shape, initializer, fanIn, fanOut, trainable, regularizer, c);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The number of elements. */
    public int length() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return Math.toIntExact(n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightSpec w && w.name.equals(name) && Arrays.equals(w.shape, shape)
                && w.initializer.equals(initializer) && w.fanIn == fanIn && w.fanOut == fanOut
                && w.trainable == trainable && Objects.equals(w.regularizer, regularizer)
                && Objects.equals(w.constraint, constraint);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
