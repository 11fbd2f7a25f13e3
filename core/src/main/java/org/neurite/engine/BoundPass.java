package org.neurite.engine;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.Noise;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/** The engine's {@link LayerPass}: a layer's buffers, rebound to the current rows before each pass. */
public final class BoundPass implements LayerPass {
    private final List<NativeMatrix> weights;
    private final List<NativeMatrix> gradients;
    private final NativeMatrix ones;
    private final Workspace workspace;
    private final int layer;
    private final List<NativeMatrix> buffers;
    private NativeMatrix input;
    private NativeMatrix preActivation;
    private NativeMatrix preActivationGradient;
    private NativeMatrix inputGradient;
    private int rows;
    private boolean smallProducts;

    BoundPass(Workspace workspace, int layer, List<NativeMatrix> weights, List<NativeMatrix> gradients,
              List<NativeMatrix> buffers) {
        this.workspace = workspace;
        this.layer = layer;
        this.weights = weights;
        this.gradients = gradients;
        this.ones = workspace.ones;
        this.buffers = buffers;
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
    public boolean training() {
        return workspace.training;
    }

    @Override
    public boolean updatesState() {
        return workspace.training && workspace.updatesState;
    }

    @Override
    public long randomStream() {
        return randomStream(workspace.network.seed());
    }

    @Override
    public long randomStream(long seed) {
        return Noise.stream(seed, layer, workspace.network.step() + 1);
    }

    @Override
    public List<NativeMatrix> bufferMatrices() {
        return buffers;
    }

    @Override
    public Scratch scratch() {
        return workspace.scratch;
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
        return gradients.get(i) == null ? null : gradients.get(i).array();
    }

    private INDArray usedRows(NativeMatrix m) {
        INDArray a = m.array();
        return rows == m.rows() ? a : a.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
    }
}
