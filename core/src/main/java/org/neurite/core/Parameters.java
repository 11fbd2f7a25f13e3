package org.neurite.core;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * All parameters of a model in one flat buffer, all gradients in another of the same layout, and the
 * per-array views into them. Optimizers update {@link #values()} in place from {@link #gradients()}; the
 * {@link NativeMatrix} forms let them do so in fused Java loops without going through ND4J op dispatch.
 */
public final class Parameters {
    private final INDArray values;
    private final INDArray gradients;
    private final NativeMatrix valueMatrix;
    private final NativeMatrix gradientMatrix;
    private final List<ParameterView> views;

    /** Wraps flat rank-1 buffers of equal length and type, and their views. */
    public Parameters(INDArray values, INDArray gradients, List<ParameterView> views) {
        if (values == null || gradients == null || views == null) {
            throw new IllegalArgumentException("Parameters: values, gradients and views must not be null; received "
                    + "values=" + values + ", gradients=" + gradients + ", views=" + views + ".");
        }
        if (values.rank() != 1 || gradients.rank() != 1 || values.length() != gradients.length()
                || values.dataType() != gradients.dataType()) {
            throw new IllegalArgumentException("Parameters: values and gradients must be rank-1 arrays of equal length"
                    + " and type; received " + values.shapeInfoToString() + " and " + gradients.shapeInfoToString());
        }
        this.values = values;
        this.gradients = gradients;
        this.valueMatrix = NativeMatrix.of(values);
        this.gradientMatrix = NativeMatrix.of(gradients);
        this.views = List.copyOf(views);
    }

    /** The flat parameter buffer, {@code [count()]}. */
    public INDArray values() {
        return values;
    }

    /** The flat gradient buffer, same layout as {@link #values()}. */
    public INDArray gradients() {
        return gradients;
    }

    /** {@link #values()} for Java loops and BLAS. */
    public NativeMatrix valueMatrix() {
        return valueMatrix;
    }

    /** {@link #gradients()} for Java loops and BLAS. */
    public NativeMatrix gradientMatrix() {
        return gradientMatrix;
    }

    /** One view per weight array, in Keras order (kernel then bias, layer by layer). */
    public List<ParameterView> views() {
        return views;
    }

    /** The total number of parameters. */
    public int count() {
        return (int) values.length();
    }

    public DataType dataType() {
        return values.dataType();
    }
}
