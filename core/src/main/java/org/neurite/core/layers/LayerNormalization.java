package org.neurite.core.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Initializer;
import org.neurite.core.spi.BufferSpec;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/**
 * Keras's {@code LayerNormalization} (Ba, Kiros and Hinton, 2016): each row is normalized over its features,
 * y = γ·(x − μ_row)/√(σ²_row + ε) + β, the same in training and inference. Weights in Keras order: gamma (if
 * scale), beta (if center). Defaults are Keras's: epsilon 1e-3, center, scale, gamma ones, beta zeros.
 *
 * @param axis the normalized axis: -1 (or 1), the features of a Dense input
 * @param epsilon added to the variance, a finite number {@code > 0}
 * @param center whether beta exists
 * @param scale whether gamma exists
 * @param betaInitializer draws beta (zeros)
 * @param gammaInitializer draws gamma (ones)
 * @param name the layer's name, or null
 */
public record LayerNormalization(int axis, double epsilon, boolean center, boolean scale,
                                 Initializer betaInitializer, Initializer gammaInitializer, String name)
        implements Layer {
    public LayerNormalization {
        if (axis != -1 && axis != 1) {
            throw new IllegalArgumentException("LayerNormalization.axis must be -1 or 1 (the features of a [batch, "
                    + "features] input); received axis=" + axis + ". Keras's default is -1.");
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("LayerNormalization.epsilon must be a finite number > 0; received "
                    + "epsilon=" + epsilon + ". Keras's default is 1e-3.");
        }
        if (betaInitializer == null || gammaInitializer == null) {
            throw new IllegalArgumentException("LayerNormalization initializers must not be null. Use "
                    + "new LayerNormalization() for Keras's (zeros, ones).");
        }
        Passes.checkName("LayerNormalization", name);
    }

    /** Keras's defaults: axis -1, epsilon 1e-3, center, scale, beta zeros, gamma ones. */
    public LayerNormalization() {
        this(-1, 1e-3, true, true, Initializer.ZEROS, Initializer.ONES, null);
    }

    public LayerNormalization withEpsilon(double epsilon) {
        return new LayerNormalization(axis, epsilon, center, scale, betaInitializer, gammaInitializer, name);
    }

    public LayerNormalization withCenter(boolean center) {
        return new LayerNormalization(axis, epsilon, center, scale, betaInitializer, gammaInitializer, name);
    }

    public LayerNormalization withScale(boolean scale) {
        return new LayerNormalization(axis, epsilon, center, scale, betaInitializer, gammaInitializer, name);
    }

    public LayerNormalization withName(String name) {
        return new LayerNormalization(axis, epsilon, center, scale, betaInitializer, gammaInitializer, name);
    }

    @Override
    public String className() {
        return "LayerNormalization";
    }

    @Override
    public int units() {
        return 0;
    }

    @Override
    public boolean useBias() {
        return center;
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        return Passes.affine(scale, center, inputWidth, gammaInitializer, betaInitializer);
    }

    @Override
    public List<BufferSpec> buffers(int inputWidth) {
        return List.of(new BufferSpec("row_mean_and_inverse_std", true, 2));
    }

    @Override
    public void forward(LayerPass pass) {
        RowNormalizer.forward(this, pass);
    }

    @Override
    public void backward(LayerPass pass) {
        RowNormalizer.backward(this, pass);
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("axis", axis);
        config.put("epsilon", epsilon);
        config.put("center", center);
        config.put("scale", scale);
        config.put("beta_initializer", betaInitializer.name());
        config.put("gamma_initializer", gammaInitializer.name());
        return config;
    }

    /** The layer a Keras config describes; absent keys take Keras's defaults. */
    static LayerNormalization fromConfig(Map<String, Object> c) {
        if (LayerConfig.bool(c, "rms_scaling", false)) {
            throw new IllegalArgumentException("LayerNormalization rms_scaling=true is not supported; received "
                    + "rms_scaling=true. Use rms_scaling=false (Keras's default).");
        }
        Object axis = c.get("axis");
        if (axis instanceof List<?> list && list.size() == 1) {
            axis = list.get(0); // Keras 3 may store the axis as a one-element list
        }
        return new LayerNormalization(axis == null ? -1 : ((Number) axis).intValue(),
                LayerConfig.number(c, "epsilon", 1e-3), LayerConfig.bool(c, "center", true),
                LayerConfig.bool(c, "scale", true),
                LayerConfig.initializer(c, "beta_initializer", Initializer.ZEROS),
                LayerConfig.initializer(c, "gamma_initializer", Initializer.ONES), LayerConfig.name(c));
    }
}
