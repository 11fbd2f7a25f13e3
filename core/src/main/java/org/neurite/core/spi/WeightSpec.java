package org.neurite.core.spi;

import java.util.Arrays;
import org.neurite.core.Initializer;

/**
 * A weight array a layer declares when it is built: its short name ({@code "kernel"}, {@code "bias"}), its
 * shape, its initializer and the fans the initializer scales by.
 */
public record WeightSpec(String name, long[] shape, Initializer initializer, int fanIn, int fanOut) {
    public WeightSpec {
        shape = shape.clone();
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
                && w.initializer.equals(initializer) && w.fanIn == fanIn && w.fanOut == fanOut;
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
