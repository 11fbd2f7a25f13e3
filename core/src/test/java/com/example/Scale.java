package com.example;

import java.util.List;
import org.neurite.core.Initializer;
import org.neurite.core.layers.Layer;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;

/**
 * A user's layer written outside Neurite against its public interfaces only: y = x ⊙ γ, one weight per
 * feature (γ starts at ones), with ordinary ND4J operations on the pass's views.
 */
public record Scale(String name) implements Layer {
    @Override
    public String className() {
        return "Scale";
    }

    @Override
    public int units() {
        return 0; // as wide as its input
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        return List.of(WeightSpec.vector("gamma", inputWidth, Initializer.ONES));
    }

    @Override
    public void forward(LayerPass pass) {
        pass.preActivation().assign(pass.input().mulRowVector(pass.weight(0)));
    }

    @Override
    public void backward(LayerPass pass) {
        pass.gradient(0).assign(pass.preActivationGradient().mul(pass.input()).sum(0));
        if (pass.hasInputGradient()) {
            pass.inputGradient().assign(pass.preActivationGradient().mulRowVector(pass.weight(0)));
        }
    }
}
