package org.neurite.core;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.kernel.NativeMatrix;
import org.neurite.core.kernel.Scratch;

/**
 * Every buffer one pass over a batch needs, allocated once for a capacity of rows and reused: the batch's
 * inputs and labels, each layer's pre-activations z, activations a and gradient dz, a column of ones and the
 * scratch chunks. A linear layer's a is its z.
 */
final class Workspace {
    private final int capacity;
    final NativeMatrix input;
    final NativeMatrix labels;
    final NativeMatrix ones;
    final List<NativeMatrix> z = new ArrayList<>();
    final List<NativeMatrix> a = new ArrayList<>();
    final List<NativeMatrix> dz = new ArrayList<>();
    final List<LayerPass> passes = new ArrayList<>();
    final Scratch scratch;
    final ActivationPass activationPass;
    /** The batch's sample weights (filled by the trainer when weighted), and copies for per-chunk and per-row loss. */
    final double[] weights;
    final double[] chunkWeights;
    final double[] rowZ;
    final double[] rowP;
    final double[] rowY;
    /**
     * Whether FLOAT products too small for a BLAS call run as Java loops ({@link org.neurite.core.kernel.Blas#SMALL}). Training passes
     * turn it on; predict and evaluate keep BLAS so that a row's outputs do not depend on the batch around it.
     */
    boolean smallProducts;

    Workspace(Network network, int capacity, int labelWidth) {
        this.capacity = capacity;
        var type = network.dataType();
        input = NativeMatrix.allocate(type, capacity, network.inputWidth());
        labels = NativeMatrix.allocate(type, capacity, labelWidth);
        ones = NativeMatrix.allocate(type, capacity, 1);
        ones.fill(capacity, 1.0);
        int chunk = Scratch.chunkLength(labelWidth);
        for (int l = 0; l < network.layers().size(); l++) {
            int width = network.width(l);
            NativeMatrix zl = NativeMatrix.allocate(type, capacity, width);
            z.add(zl);
            a.add(network.layers().get(l).activation() == Activation.LINEAR ? zl
                    : NativeMatrix.allocate(type, capacity, width));
            dz.add(NativeMatrix.allocate(type, capacity, width));
            passes.add(new LayerPass(network.weights(l), network.gradients(l), ones));
            chunk = Math.max(chunk, Scratch.chunkLength(width));
        }
        scratch = new Scratch(chunk);
        weights = new double[capacity];
        chunkWeights = new double[capacity];
        int outputs = network.outputWidth();
        rowZ = new double[outputs];
        rowP = new double[outputs];
        rowY = new double[labelWidth];
        activationPass = new ActivationPass(scratch);
    }

    private INDArray wrappedInput;
    private NativeMatrix inputMatrix;
    private INDArray wrappedOutput;
    private NativeMatrix outputMatrix;

    /** {@code x} as a matrix of the network's type; the same array as last time reuses its wrapper. */
    NativeMatrix wrapInput(INDArray x) {
        if (x == wrappedInput && inputMatrix.array() == x) {
            return inputMatrix;
        }
        NativeMatrix m = Inputs.matrix(x, input.dataType(), "x");
        // Only a wrapper over x itself sees x's later values; a converted copy must be rebuilt each time.
        wrappedInput = m.array() == x ? x : null;
        inputMatrix = m;
        return m;
    }

    /** {@code out} (c-order, the network's type, checked by the caller) as a matrix, reusing the last wrapper. */
    NativeMatrix wrapOutput(INDArray out) {
        if (out != wrappedOutput) {
            outputMatrix = NativeMatrix.of(out);
            wrappedOutput = out;
        }
        return outputMatrix;
    }

    int capacity() {
        return capacity;
    }

    /** The output layer's activations. */
    NativeMatrix output() {
        return a.get(a.size() - 1);
    }
}
