package org.neurite.cli;

import java.util.List;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Layer;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;
import org.neurite.engine.kernel.NativeMatrix;

/** A test-only Dense whose backward pass is deliberately wrong: it doubles the kernel gradient. */
record BrokenDense(Dense delegate) implements Layer {
    BrokenDense(int units, Activation activation) {
        this(new Dense(units, activation));
    }

    @Override
    public String className() {
        return "BrokenDense";
    }

    @Override
    public String name() {
        return null;
    }

    @Override
    public int units() {
        return delegate.units();
    }

    @Override
    public Activation activation() {
        return delegate.activation();
    }

    @Override
    public boolean useBias() {
        return delegate.useBias();
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        return delegate.weights(inputWidth);
    }

    @Override
    public void forward(LayerPass pass) {
        delegate.forward(pass);
    }

    @Override
    public void backward(LayerPass pass) {
        delegate.backward(pass);
        NativeMatrix kernelGradient = pass.gradientMatrices().get(0);
        int length = kernelGradient.rows() * kernelGradient.cols();
        for (int i = 0; i < length; i++) {
            kernelGradient.set(i, 2 * kernelGradient.get(i));
        }
    }

    @Override
    public Map<String, Object> config() {
        return delegate.config();
    }
}
