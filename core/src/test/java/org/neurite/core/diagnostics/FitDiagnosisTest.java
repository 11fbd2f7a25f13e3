package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.FindingCode;
import org.neurite.core.Goal;

class FitDiagnosisTest {
    private static final FitOptions FIT = FitOptions.defaults().withEpochs(100).withBatchSize(4).withVerbose(0);

    private static Sequential noHiddenLayer() {
        return compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
    }

    @Test
    void fitDiagnosesWhenItsGoalIsMissed() {
        History history = noHiddenLayer().fit(xorX(), xorY(), FIT.withGoal(Goal.metric("binary_accuracy", 1.0)));
        assertTrue(history.diagnosis().has(FindingCode.LINEARLY_INSEPARABLE), history.diagnosis()::toString);
    }

    @Test
    void fitDoesNotDiagnoseWhenTheGoalIsReached() {
        History history = noHiddenLayer().fit(xorX(), xorY(), FIT.withGoal(Goal.metric("binary_accuracy", 0.5)));
        assertTrue(history.last("binary_accuracy") >= 0.5);
        assertTrue(history.diagnosis().isEmpty());
    }

    @Test
    void theDiagnosisCanBeSwitchedOff() {
        History history = noHiddenLayer().fit(xorX(), xorY(), FIT.withDiagnose(false));
        assertTrue(history.diagnosis().isEmpty());
    }

    @Test
    void withoutAGoalALossFarAboveZeroOnConsistentLabelsTriggersTheDiagnosis() {
        Sequential model = noHiddenLayer();
        History history = model.fit(xorX(), xorY(), FIT);
        assertTrue(history.last("loss") > FitDiagnosis.FAR_FROM_ZERO * Math.log(2));
        assertFalse(history.diagnosis().isEmpty());
    }

    @Test
    void contradictoryLabelsAdmitNoPerfectFitSoTheDefaultGoalDoesNotDiagnose() {
        Sequential model = noHiddenLayer();
        History history = model.fit(TestModels.matrix(new double[][] {{0, 1}, {0, 1}}), TestModels.labels(0, 1), FIT);
        assertTrue(history.diagnosis().isEmpty());
    }

    @Test
    void theFindingsArePrintedAtVerbosityOne() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            noHiddenLayer().fit(xorX(), xorY(), FIT.withVerbose(1));
        } finally {
            System.setOut(saved);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Training ended without reaching its goal") && out.contains("LINEARLY_INSEPARABLE"),
                out);
    }
}
