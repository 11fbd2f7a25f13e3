package org.neurite.core.spi;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * The buffers one layer reads and writes in a forward or backward pass over {@link #rows()} rows. Buffers
 * have a capacity of at least {@code rows} rows and are reused from step to step; the matrices are the
 * fast path, and the {@code INDArray} accessors (which allocate a view of the used rows) serve layers
 * written with ordinary ND4J operations.
 */
public interface LayerPass {
    /**
     * Whether products too small for a BLAS call may run as Java loops (training passes); pass it to
     * {@link org.neurite.engine.kernel.Blas#gemm(boolean, boolean, boolean, int, int, int, NativeMatrix,
     * NativeMatrix, double, NativeMatrix)}.
     */
    boolean smallProducts();

    /** Rows in use in this pass. */
    int rows();

    /**
     * Whether this is a training pass (Keras's {@code training=True}): dropout and noise on, batch statistics.
     * Predict and evaluate run inference passes.
     */
    boolean training();

    /** Whether the layer may update its statistics (moving averages): training steps of fit and trainOnBatch. */
    boolean updatesState();

    /**
     * The random stream ({@link Noise}) of this layer in this training step, from the fit seed: the same for
     * every pass of one step (so gradient checks see one fixed mask), new for the next step.
     */
    long randomStream();

    /** As {@link #randomStream()} but from the layer's own seed instead of the fit seed. */
    long randomStream(long seed);

    /** The working buffers the layer declared ({@link org.neurite.core.layers.Layer#buffers(int)}), in order. */
    List<NativeMatrix> bufferMatrices();

    /** Chunk arrays for fused loops; free for the layer to use during its forward or backward call. */
    Scratch scratch();

    NativeMatrix inputMatrix();

    NativeMatrix preActivationMatrix();

    NativeMatrix preActivationGradientMatrix();

    /** dL/dinput, or null for the first layer. */
    NativeMatrix inputGradientMatrix();

    boolean hasInputGradient();

    /** The layer's weights, in the order of {@link org.neurite.core.layers.Layer#weights(int)}. */
    List<NativeMatrix> weightMatrices();

    /** The gradient buffers, one per weight (null for a non-trainable weight). */
    List<NativeMatrix> gradientMatrices();

    /** A column of ones with at least {@link #rows()} elements (for column sums via BLAS). */
    NativeMatrix onesMatrix();

    /** The used rows of the input, {@code [rows, in]} (a view). */
    INDArray input();

    INDArray preActivation();

    INDArray preActivationGradient();

    INDArray inputGradient();

    /** Weight {@code i} as an array of its declared shape (a view into the flat parameters). */
    INDArray weight(int i);

    /** The gradient of weight {@code i} (a view into the flat gradients; null for a non-trainable weight). */
    INDArray gradient(int i);
}
