package org.neurite.core.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.constraints.Constraint;
import org.neurite.core.regularizers.Regularizer;
import org.neurite.engine.kernel.Blas;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.core.Activation;
import org.neurite.core.Initializer;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/**
 * A fully connected layer, z = x·W + b, with kernel W {@code [in, units]} and bias b {@code [units]}
 * (Keras's layout and defaults: glorot_uniform kernel, zero bias, bias on).
 *
 * @param units output width, at least 1
 * @param activation applied to z; {@link Activation#LINEAR} for none
 * @param useBias whether b exists
 * @param kernelInitializer draws W
 * @param biasInitializer draws b
 * @param name the layer's name, or null for the model to choose ({@code dense}, {@code dense_1}, ...)
 * @param kernelRegularizer penalty on W, or null (Keras's {@code kernel_regularizer})
 * @param biasRegularizer penalty on b, or null
 * @param activityRegularizer penalty on the layer's output after the activation, or null
 * @param kernelConstraint projection of W after each update, or null (Keras's {@code kernel_constraint})
 * @param biasConstraint projection of b after each update, or null
 */
public record Dense(int units, Activation activation, boolean useBias, Initializer kernelInitializer,
                    Initializer biasInitializer, String name, Regularizer kernelRegularizer,
                    Regularizer biasRegularizer, Regularizer activityRegularizer, Constraint kernelConstraint,
                    Constraint biasConstraint) implements Layer {
    public Dense {
        if (units < 1) {
            throw new IllegalArgumentException("Dense units must be >= 1; received units=" + units
                    + ". Pass the number of outputs, e.g. new Dense(4, Activation.TANH).");
        }
        if (activation == null || kernelInitializer == null || biasInitializer == null) {
            throw new IllegalArgumentException("Dense(units=" + units + "): activation and initializers must not be"
                    + " null; received activation=" + activation + ", kernelInitializer=" + kernelInitializer
                    + ", biasInitializer=" + biasInitializer + ". Use Activation.LINEAR for no activation.");
        }
        if (name != null && (name.isBlank() || name.contains("/"))) {
            throw new IllegalArgumentException("Dense name must be non-blank and contain no '/'; received name='"
                    + name + "'.");
        }
    }

    /** A Dense layer without penalties or constraints. */
    public Dense(int units, Activation activation, boolean useBias, Initializer kernelInitializer,
                 Initializer biasInitializer, String name) {
        this(units, activation, useBias, kernelInitializer, biasInitializer, name, null, null, null, null, null);
    }

    /** A linear Dense layer with Keras's defaults. */
    public Dense(int units) {
        this(units, Activation.LINEAR);
    }

    /** A Dense layer with Keras's defaults for everything but the activation. */
    public Dense(int units, Activation activation) {
        this(units, activation, true, Initializer.GLOROT_UNIFORM, Initializer.ZEROS, null);
    }

    /** A Dense layer with the activation given by its Keras name. */
    public Dense(int units, String activation) {
        this(units, Activation.of(activation));
    }

    public Dense withName(String name) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer,
                biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint);
    }

    public Dense withUseBias(boolean useBias) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer,
                biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint);
    }

    public Dense withKernelInitializer(Initializer initializer) {
        return new Dense(units, activation, useBias, initializer, biasInitializer, name, kernelRegularizer,
                biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint);
    }

    public Dense withBiasInitializer(Initializer initializer) {
        return new Dense(units, activation, useBias, kernelInitializer, initializer, name, kernelRegularizer,
                biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint);
    }

    /** This layer with a penalty on its kernel (null for none). */
    public Dense withKernelRegularizer(Regularizer r) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name, r,
                biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint);
    }

    /** This layer with a penalty on its bias (null for none). */
    public Dense withBiasRegularizer(Regularizer r) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer,
                r, activityRegularizer, kernelConstraint, biasConstraint);
    }

    /** This layer with a penalty on its output (null for none). */
    public Dense withActivityRegularizer(Regularizer r) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer,
                biasRegularizer, r, kernelConstraint, biasConstraint);
    }

    /** This layer with a constraint on its kernel (null for none). */
    public Dense withKernelConstraint(Constraint c) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer,
                biasRegularizer, activityRegularizer, c, biasConstraint);
    }

    /** This layer with a constraint on its bias (null for none). */
    public Dense withBiasConstraint(Constraint c) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer,
                biasRegularizer, activityRegularizer, kernelConstraint, c);
    }

    @Override
    public String className() {
        return "Dense";
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        WeightSpec kernel = new WeightSpec("kernel", new long[] {inputWidth, units}, kernelInitializer,
                inputWidth, units).withRegularizer(kernelRegularizer).withConstraint(kernelConstraint);
        if (!useBias) {
            return List.of(kernel);
        }
        return List.of(kernel, WeightSpec.vector("bias", units, biasInitializer).withRegularizer(biasRegularizer)
                .withConstraint(biasConstraint));
    }

    @Override
    public void forward(LayerPass pass) {
        int rows = pass.rows();
        NativeMatrix z = pass.preActivationMatrix();
        NativeMatrix x = pass.inputMatrix();
        double beta = 0;
        if (useBias) {
            // Broadcast b into every row with log2(rows) doubling copies, then accumulate x·W onto it.
            z.copyRowFrom(pass.weightMatrices().get(1), 0, 0);
            for (int filled = 1; filled < rows; filled *= 2) {
                z.copyFrom(z, 0, filled * units, Math.min(filled, rows - filled) * units);
            }
            beta = 1;
        }
        Blas.gemm(pass.smallProducts(), false, false, rows, units, x.cols(), x, pass.weightMatrices().get(0), beta,
                z);
    }

    @Override
    public void backward(LayerPass pass) {
        int rows = pass.rows();
        NativeMatrix dz = pass.preActivationGradientMatrix();
        NativeMatrix x = pass.inputMatrix();
        NativeMatrix kernel = pass.weightMatrices().get(0);
        boolean small = pass.smallProducts();
        Blas.gemm(small, true, false, x.cols(), units, rows, x, dz, 0, pass.gradientMatrices().get(0));
        if (useBias) {
            Blas.gemvTransposed(small, rows, dz, pass.onesMatrix(), pass.gradientMatrices().get(1));
        }
        if (pass.hasInputGradient()) {
            Blas.gemm(small, false, true, rows, x.cols(), units, dz, kernel, 0, pass.inputGradientMatrix());
        }
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("units", units);
        config.put("activation", activation.name());
        config.put("use_bias", useBias);
        config.put("kernel_initializer", kernelInitializer.name());
        config.put("bias_initializer", biasInitializer.name());
        putIfSet(config, "kernel_regularizer", kernelRegularizer == null ? null
                : LayerConfig.nested(kernelRegularizer.className(), kernelRegularizer.config()));
        putIfSet(config, "bias_regularizer", biasRegularizer == null ? null
                : LayerConfig.nested(biasRegularizer.className(), biasRegularizer.config()));
        putIfSet(config, "activity_regularizer", activityRegularizer == null ? null
                : LayerConfig.nested(activityRegularizer.className(), activityRegularizer.config()));
        putIfSet(config, "kernel_constraint", kernelConstraint == null ? null
                : LayerConfig.nested(kernelConstraint.className(), kernelConstraint.config()));
        putIfSet(config, "bias_constraint", biasConstraint == null ? null
                : LayerConfig.nested(biasConstraint.className(), biasConstraint.config()));
        return config;
    }

    /** Keras writes null for an absent penalty or constraint; the file leaves the key out to stay as before. */
    private static void putIfSet(Map<String, Object> config, String key, Object value) {
        if (value != null) {
            config.put(key, value);
        }
    }
}
