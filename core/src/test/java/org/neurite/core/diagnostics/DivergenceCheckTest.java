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
}
