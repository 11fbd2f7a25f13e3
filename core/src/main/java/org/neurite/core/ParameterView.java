package org.neurite.core;

import java.util.Arrays;

/**
 * Where one weight array (a layer's kernel or bias) lives in the flat parameter buffer.
 *
 * @param name Keras-style path, e.g. {@code "dense/kernel"}
 * @param layerIndex the index of the owning layer in the model
 * @param offset the first element in the flat buffer
 * @param length the number of elements
 * @param shape the array's shape (kernel {@code [in, out]}, bias {@code [out]})
 */
public record ParameterView(String name, int layerIndex, int offset, int length, long[] shape) {
    public ParameterView {
        if (name == null || shape == null) {
            throw new IllegalArgumentException("ParameterView: name and shape must not be null; received name=" + name
                    + ", shape=" + Arrays.toString(shape) + ".");
        }
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterView v && v.name.equals(name) && v.layerIndex == layerIndex
                && v.offset == offset && v.length == length && Arrays.equals(v.shape, shape);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + offset;
    }
}
