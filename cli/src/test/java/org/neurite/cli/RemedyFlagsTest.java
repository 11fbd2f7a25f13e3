package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;
import org.neurite.core.Change;

class RemedyFlagsTest {
    private static final List<Dense> RELU = LayerSpec.parse("2:relu,1:sigmoid", true);
    private static final List<Dense> NO_BIAS = LayerSpec.parse("1:sigmoid,1:sigmoid", false);

    @Test
    void layerChangesAreWrittenAsTheWholeLayersSpec() {
        assertEquals("--layers \"5:relu,1:sigmoid\"", RemedyFlags.of(new Change.Units(0, 5), RELU, false));
        assertEquals("--layers \"2:leaky_relu,1:sigmoid\"",
                RemedyFlags.of(new Change.SetActivation(0, Activation.LEAKY_RELU), RELU, false));
        assertEquals("--layers \"2:relu,4:tanh,1:sigmoid\"",
                RemedyFlags.of(new Change.HiddenLayer(4, Activation.TANH), RELU, false));
        assertEquals("--layers \"2:relu:he_uniform,1:sigmoid\"", RemedyFlags.of(
                new Change.KernelInitializer("random_normal", Initializer.HE_UNIFORM),
                LayerSpec.parse("2:relu:random_normal,1:sigmoid", true), false));
    }

    @Test
    void aBiasInOneLayerUnderNoBiasIsWrittenAsThatLayersBiasOption() {
        assertEquals("--layers \"1:sigmoid,1:sigmoid:bias\"", RemedyFlags.of(new Change.Bias(1), NO_BIAS, true));
    }

    @Test
    void rateEpochsAndStandardizingAreTheirOwnFlags() {
        assertEquals("--lr 0.5", RemedyFlags.of(new Change.LearningRate(0.01, 0.5), RELU, false));
        assertEquals("--lr 1e-05", RemedyFlags.of(new Change.LearningRate(1e-4, 1e-5), RELU, false));
        assertEquals("--epochs 1500", RemedyFlags.of(new Change.Epochs(1500), RELU, false));
        assertEquals("--standardize", RemedyFlags.of(new Change.StandardizeInputs(), RELU, false));
    }

    @Test
    void aChangeThatTouchesNoLayerHasNoFlags() {
        assertNull(RemedyFlags.of(new Change.Bias(0), RELU, false), "layer 0 already has a bias");
    }
}
