package org.neurite.core.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/**
 * Keras's {@code Activation(activation)} layer: applies an activation to its input, e.g.
 * {@code Dense(64)}, {@code BatchNormalization()}, {@code ActivationLayer("relu")}. Its Keras class name is
 * {@code "Activation"}; the Java name avoids a clash with {@link Activation}. The model fuses it with the
 * loss as it does a Dense layer's activation.
 *
 * @param activation the activation applied
 * @param name the layer's name, or null
 */
public record ActivationLayer(Activation activation, String name) implements Layer {
    public ActivationLayer {
        if (activation == null) {
            throw new IllegalArgumentException("ActivationLayer.activation must not be null. Pass a name such as "
                    + "\"relu\" or a constant such as Activation.RELU; known names: " + Activation.names() + ".");
        }
        Passes.checkName("Activation", name);
    }

    public ActivationLayer(Activation activation) {
        this(activation, null);
    }

    /** The activation given by its Keras name, e.g. {@code "relu"}. */
    public ActivationLayer(String activation) {
        this(Activation.of(activation), null);
    }

    public ActivationLayer withName(String name) {
        return new ActivationLayer(activation, name);
    }

    @Override
    public String className() {
        return "Activation";
    }

    @Override
    public int units() {
        return 0;
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        return List.of();
    }

    @Override
    public void forward(LayerPass pass) {
        Passes.copyInput(pass);
    }

    @Override
    public void backward(LayerPass pass) {
        Passes.copyGradient(pass);
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("activation", activation.name());
        return config;
    }

    /** The layer a Keras config describes ({@code activation}, {@code name}). */
    static ActivationLayer fromConfig(Map<String, Object> c) {
        Object activation = c.get("activation");
        return new ActivationLayer(Activation.of(activation == null ? null : String.valueOf(activation)),
                LayerConfig.name(c));
    }
}
