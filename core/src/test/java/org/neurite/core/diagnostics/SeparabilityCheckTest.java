package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import org.junit.jupiter.api.Test;
import org.neurite.core.Change;
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

    /** XOR's rows through a ReLU layer whose unit 0 is active on every row and unit 1 (z = −x1 − x2) on none. */
    private static Sequential reluLinearOnXorRows(boolean twoReluLayers) {
        Sequential model = twoReluLayers
                ? compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.RELU), new Dense(2, Activation.RELU),
                        new Dense(1, Activation.SIGMOID))
                : compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.RELU),
                        new Dense(1, Activation.SIGMOID));
        double[][] w0 = {{1, -1}, {1, -1}};
        double[][] b0 = {{1, 0}};
        if (twoReluLayers) {
            // Layer 1 sees (x1 + x2 + 1, 0): z = (a, -a) with a >= 1, again one unit always on and one always off.
            TestModels.setWeights(model, w0, b0, new double[][] {{1, -1}, {0, 0}}, new double[][] {{0, 0}},
                    new double[][] {{1}, {1}}, new double[][] {{0}});
        } else {
            TestModels.setWeights(model, w0, b0, new double[][] {{1}, {1}}, new double[][] {{0}});
        }
        return model;
    }

    @Test
    void aReluLayerWhoseUnitsNeverSwitchOnTheseRowsLeavesTheModelLinearAndIsNamed() {
        // Unit 1's z is exactly 0 on row 0 and negative elsewhere: inactive (z <= 0) on every row.
        Finding finding = reluLinearOnXorRows(false).diagnose(xorX(), xorY()).get(FindingCode.LINEARLY_INSEPARABLE)
                .get(0);
        assertEquals(0, finding.layerIndex());
        assertEquals("dense", finding.layer());
        assertEquals(java.util.Map.of("outputColumn", 0.0, "rows", 4.0, "certificateRows", 4.0,
                "certificateWeight[row 0]", 1.0, "certificateWeight[row 1]", 1.0, "certificateWeight[row 2]", 1.0,
                "certificateWeight[row 3]", 1.0), finding.evidence());
        assertEquals("None of the 2 relu units of layer 'dense' switches between its two pieces on these rows (each "
                + "is active on all of them or on none), so the model is linear on them, and no hyperplane separates "
                + "the labels of output 0.", finding.explanation());
        assertEquals(java.util.List.of(new Change.Units(0, 5), new Change.SetActivation(0, Activation.LEAKY_RELU)),
                finding.remedies().stream().map(r -> r.change()).toList());
    }

    @Test
    void theFirstOfSeveralLinearReluLayersIsNamed() {
        Finding finding = reluLinearOnXorRows(true).diagnose(xorX(), xorY()).get(FindingCode.LINEARLY_INSEPARABLE)
                .get(0);
        assertEquals(0, finding.layerIndex());
    }

    @Test
    void aReluLayerWithEveryUnitOffIsDeadUnitsNotThisButALeakyOneIsLinear() {
        for (Activation hidden : new Activation[] {Activation.RELU, Activation.LEAKY_RELU}) {
            Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, hidden),
                    new Dense(1, Activation.SIGMOID));
            TestModels.setWeights(model, new double[][] {{-1, -1}, {-1, -1}}, new double[][] {{-1, -1}},
                    new double[][] {{1}, {1}}, new double[][] {{0}});
            assertEquals(hidden == Activation.LEAKY_RELU,
                    model.diagnose(xorX(), xorY()).has(FindingCode.LINEARLY_INSEPARABLE), hidden::name);
        }
    }

    @Test
    void aReluUnitThatSwitchesBetweenRowsMakesTheModelNonlinear() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.RELU),
                new Dense(1, Activation.SIGMOID));
        // Unit 0: z = x1 + x2 - 0.5, off on row 0 and on elsewhere; unit 1 always on.
        TestModels.setWeights(model, new double[][] {{1, 1}, {1, 1}}, new double[][] {{-0.5, 1}},
                new double[][] {{1}, {1}}, new double[][] {{0}});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.LINEARLY_INSEPARABLE));
    }

    @Test
    void eachTwoValuedOutputColumnIsJudgedAndTheFirstInseparableOneIsReported() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(3, Activation.SIGMOID));
        // Column 0: AND (separable); column 1: three values (not judged); column 2: XOR.
        org.nd4j.linalg.api.ndarray.INDArray y = TestModels.matrix(new double[][] {
            {0, 0, 0}, {0, 0.5, 1}, {0, 1, 1}, {1, 1, 0}});
        Finding finding = model.diagnose(xorX(), y).get(FindingCode.LINEARLY_INSEPARABLE).get(0);
        assertEquals(2.0, finding.evidence().get("outputColumn"));
        assertEquals(java.util.List.of(2), finding.units());
    }

    @Test
    void withoutAHiddenLayerTheFixIsOneOfTwiceTheInputsTanhUnitsAtLeastFour() {
        Sequential model = compiled(3, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        org.nd4j.linalg.api.ndarray.INDArray x = TestModels.booleanInputs(3);
        Finding finding = model.diagnose(x, labels(0, 1, 1, 0, 1, 0, 0, 1)).get(FindingCode.LINEARLY_INSEPARABLE)
                .get(0);
        assertEquals("The model has no hidden nonlinearity, so output 0 separates its labels 0 and 1 with one "
                + "hyperplane, and no hyperplane separates these rows (a Farkas certificate: the weighted sum of the "
                + "certificate rows, each signed by its class, is zero).", finding.explanation());
        assertEquals("Add a hidden layer with a nonlinear activation before the output, e.g. new Dense(6, "
                + "Activation.TANH).", finding.fix());
        assertEquals(new Change.HiddenLayer(6, Activation.TANH), finding.remedies().get(0).change());
        Finding xor = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID))
                .diagnose(xorX(), xorY()).get(FindingCode.LINEARLY_INSEPARABLE).get(0);
        assertEquals(new Change.HiddenLayer(4, Activation.TANH), xor.remedies().get(0).change());
    }

    @Test
    void moreUnitsIsTwiceAsManyOrThreeMore() {
        assertEquals(5, Remedies.moreUnits(2));
        assertEquals(6, Remedies.moreUnits(3));
        assertEquals(8, Remedies.moreUnits(4));
        assertEquals(32, Remedies.moreUnits(16));
    }
}
