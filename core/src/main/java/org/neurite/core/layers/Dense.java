package org.neurite.core.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public record Dense(int units, Activation activation, boolean useBias, Initializer kernelInitializer,
                    Initializer biasInitializer, String name) implements Layer {
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
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name);
    }

    public Dense withUseBias(boolean useBias) {
        return new Dense(units, activation, useBias, kernelInitializer, biasInitializer, name);
    }

    public Dense withKernelInitializer(Initializer initializer) {
        return new Dense(units, activation, useBias, initializer, biasInitializer, name);
    }

    public Dense withBiasInitializer(Initializer initializer) {
        return new Dense(units, activation, useBias, kernelInitializer, initializer, name);
    }

    @Override
    public String className() {
        return "Dense";
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        WeightSpec kernel = new WeightSpec("kernel", new long[] {inputWidth, units}, kernelInitializer,
                inputWidth, units);
        if (!useBias) {
            return List.of(kernel);
        }
        return List.of(kernel, new WeightSpec("bias", new long[] {units}, biasInitializer, units, units));
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
        return config;
    }
}
