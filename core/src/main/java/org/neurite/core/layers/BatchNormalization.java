package org.neurite.core.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Initializer;
import org.neurite.core.spi.BufferSpec;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/**
 * Keras's {@code BatchNormalization} (Ioffe and Szegedy, 2015) over the features of {@code [batch, features]}
 * inputs: y = γ·(x − μ)/√(σ² + ε) + β. In training μ and σ² are the batch's mean and biased variance, and
 * each training step updates the moving statistics as Keras does: moving = moving·momentum + batch·(1 −
 * momentum). At inference μ and σ² are the moving statistics. Weights in Keras order: gamma (if scale), beta
 * (if center), then the non-trainable moving_mean and moving_variance. Defaults are Keras's.
 *
 * @param axis the feature axis: -1 (or 1), the only axis of a Dense input
 * @param momentum of the moving statistics, in [0, 1]
 * @param epsilon added to the variance, a finite number {@code > 0}
 * @param center whether beta exists
 * @param scale whether gamma exists
 * @param betaInitializer draws beta (zeros)
 * @param gammaInitializer draws gamma (ones)
 * @param movingMeanInitializer draws moving_mean (zeros)
 * @param movingVarianceInitializer draws moving_variance (ones)
 * @param name the layer's name, or null
 */
public record BatchNormalization(int axis, double momentum, double epsilon, boolean center, boolean scale,
                                 Initializer betaInitializer, Initializer gammaInitializer,
                                 Initializer movingMeanInitializer, Initializer movingVarianceInitializer,
                                 String name) implements Layer {
    public BatchNormalization {
        if (axis != -1 && axis != 1) {
            throw new IllegalArgumentException("BatchNormalization.axis must be -1 or 1 (the features of a [batch, "
                    + "features] input); received axis=" + axis + ". Keras's default is -1.");
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNormalization.momentum must be in [0, 1]; received momentum="
                    + momentum + ". Keras's default is 0.99.");
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("BatchNormalization.epsilon must be a finite number > 0; received "
                    + "epsilon=" + epsilon + ". Keras's default is 1e-3.");
        }
        if (betaInitializer == null || gammaInitializer == null || movingMeanInitializer == null
                || movingVarianceInitializer == null) {
            throw new IllegalArgumentException("BatchNormalization initializers must not be null. Use "
                    + "new BatchNormalization() for Keras's (zeros, ones, zeros, ones).");
        }
        Passes.checkName("BatchNormalization", name);
    }

    /** Keras's defaults: axis -1, momentum 0.99, epsilon 1e-3, center, scale, beta 0, gamma 1. */
    public BatchNormalization() {
        this(-1, 0.99, 1e-3, true, true, Initializer.ZEROS, Initializer.ONES, Initializer.ZEROS, Initializer.ONES,
                null);
    }

    public BatchNormalization withMomentum(double momentum) {
        return new BatchNormalization(axis, momentum, epsilon, center, scale, betaInitializer, gammaInitializer,
                movingMeanInitializer, movingVarianceInitializer, name);
    }

    public BatchNormalization withEpsilon(double epsilon) {
        return new BatchNormalization(axis, momentum, epsilon, center, scale, betaInitializer, gammaInitializer,
                movingMeanInitializer, movingVarianceInitializer, name);
    }

    public BatchNormalization withCenter(boolean center) {
        return new BatchNormalization(axis, momentum, epsilon, center, scale, betaInitializer, gammaInitializer,
                movingMeanInitializer, movingVarianceInitializer, name);
    }

    public BatchNormalization withScale(boolean scale) {
        return new BatchNormalization(axis, momentum, epsilon, center, scale, betaInitializer, gammaInitializer,
                movingMeanInitializer, movingVarianceInitializer, name);
    }

    public BatchNormalization withName(String name) {
        return new BatchNormalization(axis, momentum, epsilon, center, scale, betaInitializer, gammaInitializer,
                movingMeanInitializer, movingVarianceInitializer, name);
    }

    @Override
    public String className() {
        return "BatchNormalization";
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
        List<WeightSpec> specs = Passes.affine(scale, center, inputWidth, gammaInitializer, betaInitializer);
        specs.add(WeightSpec.vector("moving_mean", inputWidth, movingMeanInitializer).nonTrainable());
        specs.add(WeightSpec.vector("moving_variance", inputWidth, movingVarianceInitializer).nonTrainable());
        return specs;
    }

    @Override
    public List<BufferSpec> buffers(int inputWidth) {
        return List.of(new BufferSpec("batch_mean_and_inverse_std", false, 2 * inputWidth));
    }

    @Override
    public void forward(LayerPass pass) {
        FeatureNormalizer.batchForward(this, pass);
    }

    @Override
    public void backward(LayerPass pass) {
        FeatureNormalizer.batchBackward(this, pass);
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("axis", axis);
        config.put("momentum", momentum);
        config.put("epsilon", epsilon);
        config.put("center", center);
        config.put("scale", scale);
        config.put("beta_initializer", betaInitializer.name());
        config.put("gamma_initializer", gammaInitializer.name());
        config.put("moving_mean_initializer", movingMeanInitializer.name());
        config.put("moving_variance_initializer", movingVarianceInitializer.name());
        return config;
    }

    /** The layer a Keras config describes; absent keys take Keras's defaults. */
    static BatchNormalization fromConfig(Map<String, Object> c) {
        return new BatchNormalization((int) LayerConfig.number(c, "axis", -1), LayerConfig.number(c, "momentum", 0.99),
                LayerConfig.number(c, "epsilon", 1e-3), LayerConfig.bool(c, "center", true),
                LayerConfig.bool(c, "scale", true), LayerConfig.initializer(c, "beta_initializer", Initializer.ZEROS),
                LayerConfig.initializer(c, "gamma_initializer", Initializer.ONES),
                LayerConfig.initializer(c, "moving_mean_initializer", Initializer.ZEROS),
                LayerConfig.initializer(c, "moving_variance_initializer", Initializer.ONES), LayerConfig.name(c));
    }
}
