package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.setWeights;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

class UnitCheckTest {
    private static Sequential twoTwoOne(Activation hidden, double[][] kernel, double[] bias) {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, hidden),
                new Dense(1, Activation.SIGMOID));
        setWeights(model, kernel, new double[][] {bias}, new double[][] {{1}, {1}}, new double[][] {{0}});
        return model;
    }

    @Test
    void aReluUnitNegativeOnEveryRowIsReportedDeadWithItsLargestPreActivation() {
        Sequential model = twoTwoOne(Activation.RELU, new double[][] {{-1, 1}, {-1, 1}}, new double[] {-0.5, 0});
        Diagnosis diagnosis = model.diagnose(xorX(), xorY());
        List<Finding> dead = diagnosis.get(FindingCode.DEAD_UNITS);
        assertEquals(1, dead.size(), diagnosis::toString);
        assertEquals(List.of(0), dead.get(0).units());
        assertEquals(-0.5, dead.get(0).evidence().get("maxPreActivationOfDeadUnits"));
        assertEquals(1.0, dead.get(0).evidence().get("deadUnits"));
    }

    @Test
    void reluUnitsPositiveOnSomeRowIsNotDead() {
        Sequential model = twoTwoOne(Activation.RELU, new double[][] {{1, 1}, {1, 1}}, new double[] {0.1, 0.1});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.DEAD_UNITS));
    }

    @Test
    void aTanhUnitBeyondFiveOnEveryRowIsReportedSaturated() {
        Sequential model = twoTwoOne(Activation.TANH, new double[][] {{10, 0.1}, {10, 0.1}}, new double[] {10, 0});
        List<Finding> saturated = model.diagnose(xorX(), xorY()).get(FindingCode.SATURATED_UNITS);
        assertEquals(1, saturated.size());
        assertEquals(List.of(0), saturated.get(0).units());
        assertEquals(1.0, saturated.get(0).evidence().get("minFractionOfRowsBeyond5"));
    }

    @Test
    void moderateTanhUnitsAreNotSaturated() {
        Sequential model = twoTwoOne(Activation.TANH, new double[][] {{1, 0.1}, {1, 0.1}}, new double[] {1, 0});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.SATURATED_UNITS));
    }

    @Test
    void aSaturatedOutputUnitIsNotReported() {
        Sequential model = twoTwoOne(Activation.TANH, new double[][] {{1, 0.1}, {1, 0.1}}, new double[] {1, 0});
        setWeights(model, new double[][] {{1, 0.1}, {1, 0.1}}, new double[][] {{1, 0}}, new double[][] {{20}, {20}},
                new double[][] {{20}});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.SATURATED_UNITS));
    }

    @Test
    void leakyReluUnitsNegativeOnEveryRowAreNeverDead() {
        Sequential model = twoTwoOne(Activation.LEAKY_RELU, new double[][] {{-1, -1}, {-1, -1}}, new double[] {-1, -1});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.DEAD_UNITS));
    }

    @Test
    void reluUnitsAreNeverSaturatedHoweverLargeTheirZ() {
        Sequential model = twoTwoOne(Activation.RELU, new double[][] {{50, 50}, {50, 50}}, new double[] {50, 50});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.SATURATED_UNITS));
    }
}
