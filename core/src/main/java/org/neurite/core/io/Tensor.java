package org.neurite.core.io;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One named array of a model file: its element type (FLOAT or DOUBLE), shape and values in row-major order,
 * held as doubles (exact for both types).
 *
 * @param name e.g. {@code dense/kernel} for weights, the slot name for optimizer state
 * @param type FLOAT or DOUBLE
 * @param shape each dimension, {@code >= 0}
 * @param values {@code product(shape)} values, row-major
 */
public record Tensor(String name, DataType type, long[] shape, double[] values) {
    public Tensor {
        shape = shape.clone();
    }

    /** A copy of {@code array}'s values under {@code name}. */
    public static Tensor of(String name, INDArray array) {
        INDArray flat = array.dup('c').reshape(array.length());
        double[] values = array.length() == 0 ? new double[0] : flat.toDoubleVector();
        return new Tensor(name, array.dataType(), array.shape(), values);
    }

    /** The values as a new array of this shape and type. */
    public INDArray toArray() {
        return Nd4j.createFromArray(values).castTo(type).reshape('c', shape);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape) + " " + type;
    }
}
