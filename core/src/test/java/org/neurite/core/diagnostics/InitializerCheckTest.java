package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.layers.BatchNormalization;
import org.neurite.core.layers.Dropout;
import org.neurite.core.layers.Normalization;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;
import org.neurite.core.Loss;

class InitializerCheckTest {
    @Test
    void aKernelTwentyTimesTooLargeIsNamedWithTheInitializerTheActivationNeeds() {
        Initializer huge = Initializer.randomNormal(0, 10);
        Finding f = compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(4, Activation.TANH)
                .withKernelInitializer(huge), new Dense(1, Activation.SIGMOID)).diagnose(xorX(), xorY())
                .get(FindingCode.BAD_INITIALIZER).get(0);
        assertEquals(0, f.layerIndex());
        // N(0, 10^2) has RMS 10; glorot for fan 2 -> 4 needs sqrt(2 / 6) = 0.577
        assertEquals(10 / Math.sqrt(2.0 / 6), f.evidence().get("ratio"), 0.5);
        assertEquals(new Change.KernelInitializer("random_normal(0.0,10.0)", Initializer.GLOROT_UNIFORM),
                f.remedies().get(0).change());
        assertTrue(f.explanation().contains("random_normal(0.0,10.0)") && f.explanation().contains("glorot_uniform"));
    }

    @Test
    void reluGetsHeAsTheRecommendation() {
        Finding f = compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(4, Activation.RELU)
                .withKernelInitializer(Initializer.randomUniform(-30, 30)), new Dense(1, Activation.SIGMOID))
                .diagnose(xorX(), xorY()).get(FindingCode.BAD_INITIALIZER).get(0);
        assertEquals(Initializer.HE_UNIFORM, ((Change.KernelInitializer) f.remedies().get(0).change()).to());
    }

    @Test
    void theKerasDefaultsAndHeForReluAreNeverFlagged() {
        assertFalse(compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(4, Activation.TANH),
                new Dense(1, Activation.SIGMOID)).diagnose(xorX(), xorY()).has(FindingCode.BAD_INITIALIZER));
        assertFalse(compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(64, Activation.RELU)
                .withKernelInitializer(Initializer.HE_NORMAL), new Dense(64, Activation.RELU)
                .withKernelInitializer(Initializer.HE_UNIFORM), new Dense(1, Activation.SIGMOID))
                .diagnose(xorX(), xorY()).has(FindingCode.BAD_INITIALIZER));
    }

    @Test
    void layersWithoutUnitsPassTheirInputWidthOnAsTheNextKernelsFanIn() {
        Diagnosis diagnosis = compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Normalization().adapt(xorX()),
                new Dense(4, Activation.RELU).withKernelInitializer(Initializer.HE_UNIFORM), new Dropout(0.1),
                new BatchNormalization(), new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .diagnose(xorX(), xorY());
        assertFalse(diagnosis.has(FindingCode.BAD_INITIALIZER), diagnosis::toString);
        assertFalse(diagnosis.toString().contains("Infinity"), diagnosis::toString);
    }
}
