package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.matrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

class DivergenceCheckTest {
    private static final INDArray X = matrix(new double[][] {{1}, {2}, {3}});
    private static final INDArray Y = matrix(new double[][] {{1}, {2}, {3}});

    private static History train(Sequential model) {
        return model.fit(X, Y, FitOptions.defaults().withEpochs(8).withBatchSize(3).withVerbose(0));
    }

    @Test
    void aLearningRateTooLargeMakesTheLossGrowAndTheRemediesSearchSmallerRates() {
        Sequential model = compiled(1, 1.0, Loss.MEAN_SQUARED_ERROR, new Dense(1));
        History history = train(model);
        assertTrue(history.last("loss") > 10 * history.loss().get(0));
        Finding finding = history.diagnosis().primary().orElseThrow();
        assertEquals(FindingCode.DIVERGED, finding.code(), history.diagnosis()::toString);
        assertEquals(1.0, finding.evidence().get("learningRate"));
        assertEquals(java.util.List.of(0.1, 0.01, 0.001), finding.remedies().stream()
                .map(r -> ((Change.LearningRate) r.change()).learningRate()).toList());
    }

    @Test
    void afterANonFiniteLossOnlyDivergedIsReportedWithEvidenceFromTheFiniteEpochs() {
        Sequential model = compiled(1, 0.01, Loss.MEAN_SQUARED_ERROR, new Dense(1));
        History history = new History();
        history.record(0, Map.of("loss", 3.0));
        history.record(1, Map.of("loss", 2.0));
        history.record(2, Map.of("loss", Double.POSITIVE_INFINITY));
        Diagnosis diagnosis = model.diagnose(X, Y.mul(1000), history);
        assertEquals(java.util.List.of(FindingCode.DIVERGED), diagnosis.codes(), diagnosis::toString);
        Finding finding = diagnosis.findings().get(0);
        assertEquals(2.0, finding.evidence().get("lastFiniteLoss"));
        assertEquals(1.0, finding.evidence().get("lastFiniteEpoch"));
        assertFalse(finding.toString().contains("NaN"), finding::toString);
    }

    @Test
    void aSmallLearningRateDoesNotDiverge() {
        Sequential model = compiled(1, 0.01, Loss.MEAN_SQUARED_ERROR, new Dense(1));
        History history = train(model);
        assertFalse(model.diagnose(X, Y, history).has(FindingCode.DIVERGED));
    }

    @Test
    void aNonFiniteLossInTheHistoryIsDivergence() {
        Sequential model = compiled(1, 0.01, Loss.MEAN_SQUARED_ERROR, new Dense(1));
        History history = new History();
        history.record(0, Map.of("loss", 1.0));
        history.record(1, Map.of("loss", Double.NaN));
        Finding finding = model.diagnose(X, Y, history).get(FindingCode.DIVERGED).get(0);
        assertEquals(1.0, finding.evidence().get("firstNonFiniteEpoch"));
    }

    private static History losses(double... values) {
        History history = new History();
        for (int e = 0; e < values.length; e++) {
            history.record(e, Map.of("loss", values[e]));
        }
        return history;
    }

    private static java.util.List<Finding> diverged(History history) {
        return Diagnostics.diagnose(compiled(1, 0.01, Loss.MEAN_SQUARED_ERROR, new Dense(1)), X, Y, history, null)
                .get(FindingCode.DIVERGED);
    }

    @Test
    void aLossTenTimesItsLowestAndAboveItsFirstHasDivergedButNotOneJustBelowEither() {
        java.util.List<Finding> grew = diverged(losses(0.5, 0.1, 1.0));
        assertEquals(1, grew.size(), "1.0 = 10 · 0.1 and above the first 0.5");
        assertEquals(Map.of("learningRate", 0.01, "firstLoss", 0.5, "lowestLoss", 0.1, "lastFiniteLoss", 1.0,
                "lastFiniteEpoch", 2.0), grew.get(0).evidence());
        assertEquals("Training diverged: the loss grew from its lowest 0.1000 to 1, so the steps at learning rate "
                + "0.01000 overshoot instead of descending.", grew.get(0).explanation());
        assertTrue(diverged(losses(0.5, 0.1, 0.99)).isEmpty(), "below 10 times the lowest");
        assertTrue(diverged(losses(1.0, 0.1, 1.0)).isEmpty(), "not above the first");
        assertTrue(diverged(losses(20, 10, 50)).isEmpty(), "5 times the lowest");
    }

    @Test
    void theEvidenceOfANonFiniteHistoryNamesItsFirstNonFiniteAndLastFiniteEpochs() {
        Finding first = diverged(losses(Double.NaN, 2.0, Double.POSITIVE_INFINITY)).get(0);
        assertEquals(Map.of("learningRate", 0.01, "firstLoss", Double.NaN, "lowestLoss", 2.0, "lastFiniteLoss", 2.0,
                "lastFiniteEpoch", 1.0, "firstNonFiniteEpoch", 0.0), first.evidence());
        assertEquals("Training diverged: the loss became NaN at epoch index 0 (last finite: 2), so the steps at "
                + "learning rate 0.01000 overshoot instead of descending.", first.explanation());
        Finding atZero = diverged(losses(4.0, Double.NaN)).get(0);
        assertEquals(0.0, atZero.evidence().get("lastFiniteEpoch"));
        assertEquals(4.0, atZero.evidence().get("lowestLoss"));
        assertEquals("Training diverged: the loss became NaN at epoch index 1 (last finite: 4), so the steps at "
                + "learning rate 0.01000 overshoot instead of descending.", atZero.explanation());
        Finding none = diverged(losses(Double.NaN, Double.NEGATIVE_INFINITY)).get(0);
        assertEquals(Map.of("learningRate", 0.01, "firstNonFiniteEpoch", 0.0), none.evidence());
        assertEquals("Training diverged: the loss became NaN at epoch index 0, so the steps at learning rate 0.01000 "
                + "overshoot instead of descending.", none.explanation());
    }

    @Test
    void infiniteOutputsAreDivergenceEvenWithoutAHistory() {
        Sequential model = compiled(1, 0.01, Loss.MEAN_SQUARED_ERROR, new Dense(1));
        TestModels.setWeights(model, new double[][] {{1e300}}, new double[][] {{0}});
        Diagnosis diagnosis = model.diagnose(matrix(new double[][] {{1e10}, {1}}), matrix(new double[][] {{1}, {2}}));
        assertEquals(java.util.List.of(FindingCode.DIVERGED), diagnosis.codes(), diagnosis::toString);
        assertEquals("Training diverged: the model's outputs are NaN or infinite, so the steps at learning rate "
                + "0.01000 overshoot instead of descending.", diagnosis.findings().get(0).explanation());
        assertEquals(Map.of("learningRate", 0.01), diagnosis.findings().get(0).evidence());
    }

    @Test
    void aStepWithANonFiniteGradientIsDivergedAloneWithItsStep() {
        Sequential model = new Sequential(new Dense(1)).setDataType(org.nd4j.linalg.api.buffer.DataType.DOUBLE).build(1);
        TestModels.setWeights(model, new double[][] {{1e200}}, new double[][] {{0}});
        model.compile(new org.neurite.core.GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        org.neurite.core.NonFiniteGradientException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.neurite.core.NonFiniteGradientException.class,
                () -> model.trainOnBatch(matrix(new double[][] {{1e200}}), matrix(new double[][] {{0}})));
        Diagnosis diagnosis = Diagnostics.diverged(model, e);
        assertEquals(java.util.List.of(FindingCode.DIVERGED), diagnosis.codes());
        Finding finding = diagnosis.findings().get(0);
        assertEquals(Map.of("learningRate", 0.1, "step", 1.0), finding.evidence());
        assertEquals("Training diverged: the gradient of dense/kernel became NaN or infinite at step 1, so the steps "
                + "at learning rate 0.1000 overshoot instead of descending.", finding.explanation());
        assertEquals(3, finding.remedies().size());
    }

    @Test
    void theSearchAddsPointOneAndPointZeroOneOnlyWhenEvenAThousandthOfTheRateIsAboveThem() {
        assertEquals(java.util.List.of(0.1, 0.01, 0.001), rates(DivergenceCheck.search(1)));
        assertEquals(java.util.List.of(10.0, 1.0, 0.1), rates(DivergenceCheck.search(100)), "100 · 0.001 = 0.1");
        java.util.List<Double> large = rates(DivergenceCheck.search(1000));
        assertEquals(5, large.size(), large::toString);
        assertEquals(0.1, large.get(3), 1e-15);
        assertEquals(0.01, large.get(4), 1e-15);
    }

    private static java.util.List<Double> rates(java.util.List<org.neurite.core.Remedy> remedies) {
        return remedies.stream().map(r -> ((Change.LearningRate) r.change()).learningRate()).toList();
    }
}
