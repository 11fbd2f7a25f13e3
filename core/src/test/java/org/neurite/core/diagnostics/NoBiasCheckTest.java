package org.neurite.core.diagnostics;

import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.matrix;

import java.util.List;
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

    @Test
    void aChainOfBiasFreeLinearLayersPinsTheOutputAtZeroAndSaysNoLayerHasABias() {
        Sequential model = compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR,
                new Dense(2, Activation.LINEAR).withUseBias(false), new Dense(1, Activation.LINEAR).withUseBias(false));
        TestModels.setWeights(model, new double[][] {{1, 1}}, new double[][] {{1}, {1}});
        // outputs: 2x, so rows 0 and 2 are pinned at 0 while their targets are 3; span 3 - 2 = 1, miss 3 >= 0.5.
        INDArray x = matrix(new double[][] {{0}, {1}, {0}});
        Finding finding = model.diagnose(x, labels(3, 2, 3)).get(FindingCode.NO_BIAS).get(0);
        assertEquals(1, finding.layerIndex());
        assertEquals(2.0, finding.evidence().get("pinnedRows"));
        assertEquals(0.0, finding.evidence().get("firstPinnedRow"));
        assertEquals(1.0, finding.evidence().get("pinnedLayer"), "the chain runs through both layers");
        assertEquals(0.0, finding.evidence().get("pinnedActivation"));
        assertEquals(0.0, finding.evidence().get("worstRow"), "of two equal misses the first row is named");
        assertEquals(0.0, finding.evidence().get("worstRowOutput"));
        assertEquals(3.0, finding.evidence().get("worstRowTarget"));
        assertEquals("No layer has a bias, so on the 2 all-zero input rows (first: row 0) the output is pinned at "
                + "f(0) = 0 whatever the weights; the model misses row 0 by 3.", finding.explanation());
        assertEquals(List.of(new Change.Bias(1), new Change.Bias(0)),
                finding.remedies().stream().map(r -> r.change()).toList());
    }

    @Test
    void theMessageNamesTheHiddenLayerAndTheBiasFreeOutputLayer() {
        Sequential model = compiled(1, 1.0, Loss.MEAN_SQUARED_ERROR,
                new Dense(1, Activation.SIGMOID).withUseBias(false), new Dense(1, Activation.LINEAR).withUseBias(false));
        TestModels.setWeights(model, new double[][] {{1}}, new double[][] {{2}});
        // outputs 2·σ(0) = 1 on the zero row, whose target is 4; span 4 - 0 = 4, miss 3 >= 2.
        Finding finding = model.diagnose(X, labels(4, 0)).get(FindingCode.NO_BIAS).get(0);
        assertEquals("Layer 'dense' has no bias, so on the 1 all-zero input row (first: row 0) its activations are "
                + "pinned at f(0) = 0.5000 whatever the weights, and the output layer 'dense_1', without a bias either, "
                + "cannot shift those rows' outputs apart from the others'; the model misses row 0 by 3.",
                finding.explanation());
        assertEquals("dense_1", finding.layer());
        assertEquals(0.0, finding.evidence().get("pinnedLayer"), "sigmoid(0) = 0.5 ends the chain");
    }

    @Test
    void aMissBelowHalfTheLabelSpanIsNoFindingAndAtHalfItIs() {
        Sequential model = compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(1, Activation.LINEAR).withUseBias(false));
        TestModels.setWeights(model, new double[][] {{1}});
        INDArray x = matrix(new double[][] {{0}, {2}, {6}});
        // Outputs 0, 2, 6. Labels 1.9, 2, 6: span 4.1, miss 1.9 < 2.05.
        assertFalse(model.diagnose(x, labels(1.9, 2, 6)).has(FindingCode.NO_BIAS));
        // Labels 2, 2, 6: span 4, miss 2 = half of it.
        assertTrue(model.diagnose(x, labels(2, 2, 6)).has(FindingCode.NO_BIAS));
        // Labels 3, 4, 6 with outputs 0, 2, 6: span 3 (from 3, not from 0), miss 3 on row 0.
        assertTrue(model.diagnose(x, labels(3, 4, 6)).has(FindingCode.NO_BIAS));
        // Constant labels 0.75: span counts as 1; the zero row misses by 0.75 >= 0.5 ...
        INDArray zeroAndSmall = matrix(new double[][] {{0}, {0.5}});
        assertTrue(model.diagnose(zeroAndSmall, labels(0.75, 0.75)).has(FindingCode.NO_BIAS));
        // ... and by 0.25 < 0.5 with constant labels 0.25, where row 1 misses by 0.25 too.
        assertFalse(model.diagnose(zeroAndSmall, labels(0.25, 0.25)).has(FindingCode.NO_BIAS));
    }

    @Test
    void classIndexLabelsWithManyOutputsAreNotJudged() {
        Sequential model = compiled(1, 0.1, Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                new Dense(3, Activation.SOFTMAX).withUseBias(false));
        INDArray x = matrix(new double[][] {{0}, {1}});
        assertFalse(model.diagnose(x, labels(2, 0)).has(FindingCode.NO_BIAS), "no output column to compare");
    }
}
