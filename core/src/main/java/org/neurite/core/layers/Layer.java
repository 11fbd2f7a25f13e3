package org.neurite.core.layers;

import java.util.List;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/**
 * A layer of a {@link Sequential} model: an affine-like map from its input to pre-activations z, followed
 * by its {@link #activation()}. The model applies the activation (and fuses it with the loss where exact);
 * the layer computes z and, backwards, its weight gradients and the gradient for its input.
 *
 * <p>As in Keras, a layer only stores its settings; it declares its weights in {@link #weights(int)} once
 * the input width is known, and the model allocates them as views into its flat buffers.
 */
public interface Layer {
    /** The Keras class name, e.g. {@code "Dense"}. */
    String className();

    /** The layer's name, or null to let the model name it ({@code dense}, {@code dense_1}, ...). */
    String name();

    /** Output width. */
    int units();

    /** The activation applied to z. */
    Activation activation();

    /** Whether the layer has a bias (used by diagnostics). */
    boolean useBias();

    /** The weights for an input of {@code inputWidth} columns, in Keras order. */
    List<WeightSpec> weights(int inputWidth);

    /** Writes the pre-activations {@code pass.preActivation()} from {@code pass.input()} and the weights. */
    void forward(LayerPass pass);

    /**
     * Given dL/dz in {@code pass.preActivationGradient()}, writes each weight's gradient and, when
     * {@code pass.hasInputGradient()}, dL/dinput.
     */
    void backward(LayerPass pass);

    /** The layer's settings in Keras's config form (without the name). */
    Map<String, Object> config();
}
