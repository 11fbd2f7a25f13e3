package org.neurite.engine;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.spi.LayerPass;
import org.neurite.engine.kernel.NativeMatrix;

/** The engine's {@link LayerPass}: a layer's buffers, rebound to the current rows before each pass. */
public final class BoundPass implements LayerPass {
    private final List<NativeMatrix> weights;
    private final List<NativeMatrix> gradients;
    private final NativeMatrix ones;
    private NativeMatrix input;
    private NativeMatrix preActivation;
    private NativeMatrix preActivationGradient;
    private NativeMatrix inputGradient;
    private int rows;
    private boolean smallProducts;

    public BoundPass(List<NativeMatrix> weights, List<NativeMatrix> gradients, NativeMatrix ones) {
        this.weights = weights;
        this.gradients = gradients;
        this.ones = ones;
    }

    public void bind(int rows, NativeMatrix input, NativeMatrix preActivation, NativeMatrix preActivationGradient,
              NativeMatrix inputGradient, boolean smallProducts) {
        this.smallProducts = smallProducts;
        this.rows = rows;
        this.input = input;
        this.preActivation = preActivation;
        this.preActivationGradient = preActivationGradient;
        this.inputGradient = inputGradient;
    }

    @Override
    public boolean smallProducts() {
        return smallProducts;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public NativeMatrix inputMatrix() {
        return input;
    }

    @Override
    public NativeMatrix preActivationMatrix() {
        return preActivation;
    }

    @Override
    public NativeMatrix preActivationGradientMatrix() {
        return preActivationGradient;
    }

    @Override
    public NativeMatrix inputGradientMatrix() {
        return inputGradient;
    }

    @Override
    public boolean hasInputGradient() {
        return inputGradient != null;
    }

    @Override
    public List<NativeMatrix> weightMatrices() {
        return weights;
    }

    @Override
    public List<NativeMatrix> gradientMatrices() {
        return gradients;
    }

    @Override
    public NativeMatrix onesMatrix() {
        return ones;
    }

    @Override
    public INDArray input() {
        return usedRows(input);
    }

    @Override
    public INDArray preActivation() {
        return usedRows(preActivation);
    }

    @Override
    public INDArray preActivationGradient() {
        return usedRows(preActivationGradient);
    }

    @Override
    public INDArray inputGradient() {
        return inputGradient == null ? null : usedRows(inputGradient);
    }

    @Override
    public INDArray weight(int i) {
        return weights.get(i).array();
    }

    @Override
    public INDArray gradient(int i) {
        return gradients.get(i).array();
    }

    private INDArray usedRows(NativeMatrix m) {
        INDArray a = m.array();
        return rows == m.rows() ? a : a.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
    }
}
