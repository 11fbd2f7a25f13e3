package org.neurite.engine;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;
import org.neurite.core.Activation;
import org.neurite.core.spi.BufferSpec;

/**
 * Every buffer one pass over a batch needs, allocated once for a capacity of rows and reused: the batch's
 * inputs and labels, each layer's pre-activations z, activations a and gradient dz, a column of ones and the
 * scratch chunks. A linear layer's a is its z.
 */
public final class Workspace {
    private final int capacity;
    public final NativeMatrix input;
    public final NativeMatrix labels;
    public final NativeMatrix ones;
    public final List<NativeMatrix> z = new ArrayList<>();
    public final List<NativeMatrix> a = new ArrayList<>();
    public final List<NativeMatrix> dz = new ArrayList<>();
    public final List<BoundPass> passes = new ArrayList<>();
    public final Scratch scratch;
    public final ActivationPass activationPass;
    /** The batch's sample weights (filled by the trainer when weighted), and copies for per-chunk and per-row loss. */
    public final double[] weights;
    public final double[] chunkWeights;
    public final double[] rowZ;
    public final double[] rowP;
    public final double[] rowY;
    /**
     * Whether FLOAT products too small for a BLAS call run as Java loops ({@link org.neurite.engine.kernel.Blas#SMALL}). Training passes
     * turn it on; predict and evaluate keep BLAS so that a row's outputs do not depend on the batch around it.
     */
    public boolean smallProducts;
    /** Whether passes run in training mode (Keras's {@code training=True}): set by the trainers. */
    public boolean training;
    /** Whether training passes may update layer statistics: on for fit and trainOnBatch steps. */
    public boolean updatesState;
    final Network network;

    public Workspace(Network network, int capacity, int labelWidth) {
        this.capacity = capacity;
        this.network = network;
        var type = network.dataType();
        input = NativeMatrix.allocate(type, capacity, network.inputWidth());
        labels = NativeMatrix.allocate(type, capacity, labelWidth);
        ones = NativeMatrix.allocate(type, capacity, 1);
        ones.fill(capacity, 1.0);
        int chunk = Math.max(Scratch.chunkLength(labelWidth), 4 * network.inputWidth());
        int in = network.inputWidth();
        for (int l = 0; l < network.layers().size(); l++) {
            int width = network.width(l);
            NativeMatrix zl = NativeMatrix.allocate(type, capacity, width);
            z.add(zl);
            a.add(network.layers().get(l).activation() == Activation.LINEAR ? zl
                    : NativeMatrix.allocate(type, capacity, width));
            dz.add(NativeMatrix.allocate(type, capacity, width));
            List<NativeMatrix> buffers = new ArrayList<>();
            for (BufferSpec spec : network.layers().get(l).buffers(in)) {
                buffers.add(NativeMatrix.allocate(type, spec.perRow() ? capacity : 1, spec.columns()));
            }
            passes.add(new BoundPass(this, l, network.weights(l), network.gradients(l), List.copyOf(buffers)));
            in = width;
            chunk = Math.max(chunk, Math.max(Scratch.chunkLength(width), 4 * width));
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
    public NativeMatrix wrapInput(INDArray x) {
        if (x == wrappedInput && inputMatrix.array() == x) {
            return inputMatrix;
        }
        NativeMatrix m = matrixOf(x, input.dataType());
        // Only a wrapper over x itself sees x's later values; a converted copy must be rebuilt each time.
        wrappedInput = m.array() == x ? x : null;
        inputMatrix = m;
        return m;
    }

    /** {@code out} (c-order, the network's type, checked by the caller) as a matrix, reusing the last wrapper. */
    public NativeMatrix wrapOutput(INDArray out) {
        if (out != wrappedOutput) {
            outputMatrix = NativeMatrix.of(out);
            wrappedOutput = out;
        }
        return outputMatrix;
    }

    /** A c-ordered matrix of {@code type} over {@code array}'s values (the array itself when it already is one). */
    public static NativeMatrix matrixOf(INDArray array, DataType type) {
        INDArray m = array.rank() == 1 ? array.reshape(array.length(), 1) : array;
        boolean direct = m.dataType() == type && m.ordering() == 'c' && m.elementWiseStride() == 1 && m.rank() == 2;
        return NativeMatrix.of(direct ? m : m.castTo(type).dup('c'));
    }

    public int capacity() {
        return capacity;
    }

    /** The output layer's activations. */
    public NativeMatrix output() {
        return a.get(a.size() - 1);
    }
}
