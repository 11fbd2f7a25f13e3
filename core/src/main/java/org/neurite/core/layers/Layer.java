package org.neurite.core.layers;

import java.util.List;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.regularizers.Regularizer;
import org.neurite.core.spi.BufferSpec;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/**
 * A layer of a {@link org.neurite.core.Sequential} model: a map from its input to pre-activations z,
 * followed by its {@link #activation()}. The model applies the activation (and fuses it with the loss where
 * exact); the layer computes z and, backwards, its weight gradients and the gradient for its input.
 *
 * <p>As in Keras, a layer only stores its settings; it declares its weights in {@link #weights(int)} once
 * the input width is known, and the model allocates them as views into its flat buffers. A layer written
 * outside Neurite implements this interface and reads and writes its buffers through
 * {@link org.neurite.core.spi.LayerPass}; only {@link #className()}, {@link #name()}, {@link #units()},
 * {@link #weights(int)}, {@link #forward} and {@link #backward} are required.
 */
public interface Layer {
    /** The Keras class name, e.g. {@code "Dense"}. */
    String className();

    /** The layer's name, or null to let the model name it ({@code dense}, {@code dense_1}, ...). */
    String name();

    /** Output width, or 0 for a layer whose output is as wide as its input (Dropout, BatchNormalization, ...). */
    int units();

    /** The output width for an input of {@code inputWidth} columns. */
    default int outputWidth(int inputWidth) {
        return units() > 0 ? units() : inputWidth;
    }

    /** The activation applied to z; linear unless the layer says otherwise. */
    default Activation activation() {
        return Activation.LINEAR;
    }

    /** Whether the layer adds a learned offset to z (diagnostics ask this). */
    default boolean useBias() {
        return false;
    }

    /** The weights for an input of {@code inputWidth} columns, in Keras order (trainable ones first). */
    List<WeightSpec> weights(int inputWidth);

    /** The working buffers the layer keeps from forward to backward, for an input of {@code inputWidth}. */
    default List<BufferSpec> buffers(int inputWidth) {
        return List.of();
    }

    /** The penalty on the layer's output (after its activation), or null. */
    default Regularizer activityRegularizer() {
        return null;
    }

    /** Writes the pre-activations {@code pass.preActivation()} from {@code pass.input()} and the weights. */
    void forward(LayerPass pass);

    /**
     * Given dL/dz in {@code pass.preActivationGradient()}, writes each trainable weight's gradient and, when
     * {@code pass.hasInputGradient()}, dL/dinput.
     */
    void backward(LayerPass pass);

    /** The layer's settings in Keras's config form (without the name). */
    default Map<String, Object> config() {
        return Map.of();
    }
}
