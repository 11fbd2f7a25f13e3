package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/** Story 2: with no hidden layer XOR can never be fit. */
class SeparabilityCheckTest {
    @Test
    void aModelWithoutHiddenLayerOnXorIsDiagnosedLinearlyInseparable() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        History history = model.fit(xorX(), xorY(), FitOptions.defaults().withEpochs(300).withBatchSize(4)
                .withVerbose(0));
        assertTrue(history.last("accuracy") < 1.0);
        Diagnosis diagnosis = history.diagnosis();
        assertTrue(diagnosis.has(FindingCode.LINEARLY_INSEPARABLE), diagnosis::toString);
        Finding finding = diagnosis.get(FindingCode.LINEARLY_INSEPARABLE).get(0);
        assertEquals(4.0, finding.evidence().get("certificateRows"));
        assertEquals(0, finding.layerIndex());
    }

    @Test
    void hiddenLinearLayersDoNotAddANonlinearity() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(4), new Dense(1, Activation.SIGMOID));
        assertTrue(model.diagnose(xorX(), xorY()).has(FindingCode.LINEARLY_INSEPARABLE));
    }

    @Test
    void andIsSeparableSoTheSameModelIsNotFlagged() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        assertFalse(model.diagnose(xorX(), labels(0, 0, 0, 1)).has(FindingCode.LINEARLY_INSEPARABLE));
    }

    @Test
    void aHiddenNonlinearityTakesTheModelOutOfScope() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.TANH),
                new Dense(1, Activation.SIGMOID));
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.LINEARLY_INSEPARABLE));
    }

    @Test
    void identityWithoutAnyBiasIsSeparableWithAnOffsetSoItIsNoBiasNotLinearlyInseparable() {
        Sequential model = compiled(1, 1.0, Loss.BINARY_CROSSENTROPY,
                new Dense(1, Activation.SIGMOID).withUseBias(false));
        Diagnosis diagnosis = model.diagnose(TestModels.matrix(new double[][] {{0}, {1}}), labels(0, 1));
        assertFalse(diagnosis.has(FindingCode.LINEARLY_INSEPARABLE), diagnosis::toString);
        assertTrue(diagnosis.has(FindingCode.NO_BIAS), diagnosis::toString);
        assertFalse(diagnosis.toString().contains("XOR"), diagnosis::toString);
    }
}
