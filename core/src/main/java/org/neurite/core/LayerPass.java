package org.neurite.core;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.kernel.NativeMatrix;

/**
 * The buffers one layer reads and writes in a forward or backward pass over {@link #rows()} rows. Buffers
 * have a capacity of at least {@code rows} rows and are reused from step to step; the matrices are the
 * fast path, and the {@code INDArray} accessors (which allocate a view of the used rows) serve layers
 * written with ordinary ND4J operations.
 */
public final class LayerPass {
    private final List<NativeMatrix> weights;
    private final List<NativeMatrix> gradients;
    private final NativeMatrix ones;
    private NativeMatrix input;
    private NativeMatrix preActivation;
    private NativeMatrix preActivationGradient;
    private NativeMatrix inputGradient;
    private int rows;
    private boolean smallProducts;

    LayerPass(List<NativeMatrix> weights, List<NativeMatrix> gradients, NativeMatrix ones) {
        this.weights = weights;
        this.gradients = gradients;
        this.ones = ones;
    }

    void bind(int rows, NativeMatrix input, NativeMatrix preActivation, NativeMatrix preActivationGradient,
              NativeMatrix inputGradient, boolean smallProducts) {
        this.smallProducts = smallProducts;
        this.rows = rows;
        this.input = input;
        this.preActivation = preActivation;
        this.preActivationGradient = preActivationGradient;
        this.inputGradient = inputGradient;
    }

    /**
     * Whether products too small for a BLAS call may run as Java loops (training passes); pass it to
     * {@link org.neurite.core.kernel.Blas#gemm(boolean, boolean, boolean, int, int, int, NativeMatrix, NativeMatrix,
     * double, NativeMatrix)}.
     */
    public boolean smallProducts() {
        return smallProducts;
    }

    /** Rows in use in this pass. */
    public int rows() {
        return rows;
    }

    public NativeMatrix inputMatrix() {
        return input;
    }

    public NativeMatrix preActivationMatrix() {
        return preActivation;
    }

    public NativeMatrix preActivationGradientMatrix() {
        return preActivationGradient;
    }

    /** dL/dinput, or null for the first layer. */
    public NativeMatrix inputGradientMatrix() {
        return inputGradient;
    }

    public boolean hasInputGradient() {
        return inputGradient != null;
    }

    /** The layer's weights, in the order of {@link Layer#weights(int)}. */
    public List<NativeMatrix> weightMatrices() {
        return weights;
    }

    /** The gradient buffers, one per weight. */
    public List<NativeMatrix> gradientMatrices() {
        return gradients;
    }

    /** A column of ones with at least {@link #rows()} elements (for column sums via BLAS). */
    public NativeMatrix onesMatrix() {
        return ones;
    }

    /** The used rows of the input, {@code [rows, in]} (a view). */
    public INDArray input() {
        return usedRows(input);
    }

    public INDArray preActivation() {
        return usedRows(preActivation);
    }

    public INDArray preActivationGradient() {
        return usedRows(preActivationGradient);
    }

    public INDArray inputGradient() {
        return inputGradient == null ? null : usedRows(inputGradient);
    }

    /** Weight {@code i} as an array of its declared shape (a view into the flat parameters). */
    public INDArray weight(int i) {
        return weights.get(i).array();
    }

    /** The gradient of weight {@code i} (a view into the flat gradients). */
    public INDArray gradient(int i) {
        return gradients.get(i).array();
    }

    private INDArray usedRows(NativeMatrix m) {
        INDArray a = m.array();
        return rows == m.rows() ? a : a.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
    }
}
