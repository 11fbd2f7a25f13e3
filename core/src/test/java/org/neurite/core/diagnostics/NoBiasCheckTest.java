package org.neurite.core.diagnostics;

import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.matrix;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/** Story 1: a 1-1-1 sigmoid net without bias cannot map 0 to 0 and 1 to 1. */
class NoBiasCheckTest {
    private static final INDArray X = matrix(new double[][] {{0}, {1}});
    private static final INDArray Y = labels(0, 1);
    private static final FitOptions FIT = FitOptions.defaults().withEpochs(2000).withBatchSize(2).withVerbose(0);

    private static Sequential oneOneOne(boolean bias) {
        return compiled(1, 1.0, Loss.BINARY_CROSSENTROPY,
                new Dense(1, Activation.SIGMOID).withUseBias(bias), new Dense(1, Activation.SIGMOID).withUseBias(bias));
    }

    @Test
    void oneOneOneSigmoidWithoutBiasFailsOnIdentityAndFitReportsNoBias() {
        Sequential model = oneOneOne(false);
        History history = model.fit(X, Y, FIT);
        assertTrue(history.last("accuracy") < 1.0, () -> "unexpectedly learned: " + model.predict(X));
        Diagnosis diagnosis = history.diagnosis();
        assertTrue(diagnosis.has(FindingCode.NO_BIAS), diagnosis::toString);
        Finding finding = diagnosis.get(FindingCode.NO_BIAS).get(0);
        assertEquals("dense_1", finding.layer(), "the output layer's bias is the one that matters");
        assertEquals(1, finding.layerIndex());
        assertEquals(0.0, finding.evidence().get("pinnedLayer"));
        assertEquals(0.5, finding.evidence().get("pinnedActivation"));
        assertEquals(new Change.Bias(1), finding.remedies().get(0).change());
        assertEquals(new Change.Bias(0), finding.remedies().get(1).change());
        assertEquals(0.0, finding.evidence().get("firstPinnedRow"));
        double worstRow = finding.evidence().get("worstRow");
        double miss = Math.abs(finding.evidence().get("worstRowOutput") - finding.evidence().get("worstRowTarget"));
        assertTrue(miss >= 0.5, finding::toString);
        assertEquals(Y.getDouble((long) worstRow, 0), finding.evidence().get("worstRowTarget"));
    }

    @Test
    void aModelWithBiasesNeverGetsNoBiasEvenOnDataWithAnAllZeroRowAndBeforeTraining() {
        Sequential model = oneOneOne(true);
        assertFalse(model.diagnose(X, Y).has(FindingCode.NO_BIAS), "untrained");
        History history = model.fit(X, Y, FIT);
        assertEquals(1.0, history.last("accuracy"));
        assertFalse(history.diagnosis().has(FindingCode.NO_BIAS), history.diagnosis()::toString);
    }

    @Test
    void withABiasInTheOutputLayerTheLastBiasFreeLayerOfThePinnedChainIsNamed() {
        Sequential model = compiled(1, 1.0, Loss.MEAN_SQUARED_ERROR,
                new Dense(1, Activation.SIGMOID).withUseBias(false), new Dense(1, Activation.LINEAR));
        TestModels.setWeights(model, new double[][] {{1}}, new double[][] {{1}}, new double[][] {{0}});
        // outputs: row 0 -> σ(0) = 0.5, row 1 -> σ(1) = 0.73; targets 0.5 and 5: the miss 4.27 is over half the span
        Finding finding = model.diagnose(X, labels(0.5, 5)).get(FindingCode.NO_BIAS).get(0);
        assertEquals(0, finding.layerIndex(), finding::toString);
    }

    @Test
    void aBiasFreeModelIsNotFlaggedWhenNoInputRowIsAllZero() {
        Sequential model = oneOneOne(false);
        INDArray x = matrix(new double[][] {{-1}, {1}});
        assertFalse(model.diagnose(x, Y).has(FindingCode.NO_BIAS));
    }

    @Test
    void pinningCarriesThroughBiasFreeTanhLayersToTheOutput() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY,
                new Dense(3, Activation.TANH).withUseBias(false), new Dense(1, Activation.SIGMOID).withUseBias(false));
        INDArray x = matrix(new double[][] {{0, 0}, {1, 1}});
        Diagnosis diagnosis = model.diagnose(x, labels(1, 1));
        Finding finding = diagnosis.get(FindingCode.NO_BIAS).get(0);
        assertEquals(1, finding.layerIndex(), finding::toString);
        assertEquals(0.5, finding.evidence().get("pinnedActivation"));
        assertEquals(0.5, model.predict(x).getDouble(0, 0), 1e-15);
    }
}
