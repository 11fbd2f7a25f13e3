package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        History history = noHiddenLayer().fit(xorX(), xorY(), FIT.withGoal(Goal.metric("accuracy", 1.0)));
        assertTrue(history.diagnosis().has(FindingCode.LINEARLY_INSEPARABLE), history.diagnosis()::toString);
    }

    @Test
    void fitDiagnosesARunThatReachedItsGoalTooButItsFindingsAreInfoOnly() {
        History history = noHiddenLayer().fit(xorX(), xorY(), FIT.withGoal(Goal.metric("accuracy", 0.5)));
        assertTrue(history.last("accuracy") >= 0.5);
        assertTrue(history.diagnosis().has(FindingCode.LINEARLY_INSEPARABLE), history.diagnosis()::toString);
        assertTrue(history.diagnosis().findings().stream().allMatch(f -> f.severity() == Severity.INFO),
                history.diagnosis()::toString);
        assertTrue(history.diagnosis().primary().isEmpty());
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
        assertTrue(history.last("loss") > Goals.FAR_FROM_ZERO * Math.log(2));
        assertEquals(FindingCode.LINEARLY_INSEPARABLE, history.diagnosis().primary().orElseThrow().code(),
                history.diagnosis()::toString);
    }

    @Test
    void contradictoryLabelsAdmitNoPerfectFitSoWithoutAGoalFindingsKeepTheirSeverity() {
        Sequential model = noHiddenLayer();
        History history = model.fit(TestModels.matrix(new double[][] {{0, 1}, {0, 1}}), TestModels.labels(0, 1), FIT);
        assertNull(Goals.learned(model, TestModels.matrix(new double[][] {{0, 1}, {0, 1}}), TestModels.labels(0, 1),
                history, null));
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
        assertTrue(out.contains("ERROR LINEARLY_INSEPARABLE"), out);
    }

    /** Sigmoid in training; its scalar form, which only the diagnosis uses, throws. */
    private static final Activation BROKEN_FOR_DIAGNOSIS = new Activation() {
        @Override
        public String name() {
            return "sigmoid_broken_for_diagnosis";
        }

        @Override
        public void forward(double[] z, double[] a, int length, int width) {
            Activation.SIGMOID.forward(z, a, length, width);
        }

        @Override
        public void backward(double[] z, double[] a, double[] grad, int length, int width) {
            Activation.SIGMOID.backward(z, a, grad, length, width);
        }

        @Override
        public double lowerBound() {
            return 0;
        }

        @Override
        public double upperBound() {
            return 1;
        }

        @Override
        public double apply(double z) {
            throw new IllegalStateException("diagnosis crashed");
        }
    };

    @Test
    void aCrashOfThePostFitDiagnosisFailsTheFitInsteadOfBeingSwallowed() {
        Sequential model = compiled(2, 1.0, Loss.MEAN_SQUARED_ERROR,
                new Dense(1, BROKEN_FOR_DIAGNOSIS).withUseBias(false));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> model.fit(xorX(), xorY(), FIT));
        assertEquals("diagnosis crashed", e.getMessage());
    }

    @Test
    void fitWithRankOneLabelsIsDiagnosedOnThemAsOneColumn() {
        History history = noHiddenLayer().fit(xorX(), xorY().reshape(4), FIT.withGoal(Goal.metric("accuracy", 1.0)));
        assertTrue(history.diagnosis().has(FindingCode.LINEARLY_INSEPARABLE), history.diagnosis()::toString);
    }
}
