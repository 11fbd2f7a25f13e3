package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Goal;
import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.matrix;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class ProgressCheckTest {
    private static final INDArray X = matrix(new double[][] {{-1}, {0}, {1}, {2}});
    private static final INDArray Y = matrix(new double[][] {{-1}, {1}, {3}, {5}});

    private static Sequential line(double rate) {
        return compiled(1, rate, Loss.MEAN_SQUARED_ERROR, new Dense(1));
    }

    @Test
    void gradientDescentAtOneMillionthIsTooSlowAndTheRemediesSearchLargerRates() {
        Sequential model = line(1e-6);
        History history = model.fit(X, Y, FitOptions.defaults().withEpochs(50).withBatchSize(4).withVerbose(0));
        Finding f = history.diagnosis().primary().orElseThrow();
        assertEquals(FindingCode.LEARNING_RATE_TOO_SMALL, f.code(), history.diagnosis()::toString);
        assertTrue(f.evidence().get("epochsNeeded") > 10_000, f::toString);
        assertEquals(List.of(0.001, 0.01, 0.1, 1.0), f.remedies().stream()
                .map(r -> ((Change.LearningRate) r.change()).learningRate()).toList());
    }

    @Test
    void aRunStoppedEarlyIsTooShortAndNamesTheEpochsItNeeds() {
        Sequential model = line(0.02);
        History history = model.fit(X, Y, FitOptions.defaults().withEpochs(15).withBatchSize(4).withVerbose(0)
                .withGoal(Goal.loss(1e-3)));
        Finding f = history.diagnosis().primary().orElseThrow();
        assertEquals(FindingCode.TRAINING_TOO_SHORT, f.code(), history.diagnosis()::toString);
        int epochs = ((Change.Epochs) f.remedies().get(0).change()).epochs();
        assertTrue(epochs > 15, f::toString);
    }

    @Test
    void aRunThatReachedItsGoalOrAFlatLossIsNeverTooSlow() {
        Sequential model = line(0.1);
        History history = model.fit(X, Y, FitOptions.defaults().withEpochs(300).withBatchSize(4).withVerbose(0));
        assertFalse(history.diagnosis().has(FindingCode.LEARNING_RATE_TOO_SMALL), history.diagnosis()::toString);
        assertFalse(history.diagnosis().has(FindingCode.TRAINING_TOO_SHORT), history.diagnosis()::toString);
        History flat = new History();
        for (int e = 0; e < 40; e++) {
            flat.record(e, Map.of("loss", 2.0 + (e % 2) * 1e-3));
        }
        Diagnosis d = line(0.1).diagnose(X, Y, flat);
        assertFalse(d.has(FindingCode.LEARNING_RATE_TOO_SMALL) || d.has(FindingCode.TRAINING_TOO_SHORT), d::toString);
    }

    @Test
    void aLossBendingTowardsAnAsymptoteIsALimitNotSlowness() {
        History bending = new History();
        for (int e = 0; e < 40; e++) {
            bending.record(e, Map.of("loss", 1.0 + Math.exp(-e / 3.0)));
        }
        Diagnosis d = line(0.1).diagnose(X, Y, bending);
        assertFalse(d.has(FindingCode.LEARNING_RATE_TOO_SMALL) || d.has(FindingCode.TRAINING_TOO_SHORT), d::toString);
    }
}
