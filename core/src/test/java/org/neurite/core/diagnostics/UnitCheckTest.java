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

    @Test
    void aReluUnitWhoseLargestZIsExactlyZeroIsDeadAndOneDeadUnitOfTwoIsInfo() {
        // Unit 0: z = x1 + x2 - 2, largest 0 (row 3); unit 1: z = x1 + x2, positive on rows 1 to 3.
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.RELU),
                new Dense(1, Activation.SIGMOID));
        setWeights(model, new double[][] {{1, 1}, {1, 1}}, new double[][] {{-2, 0}}, new double[][] {{1}, {1}},
                new double[][] {{0}});
        Finding dead = model.diagnose(xorX(), xorY()).get(FindingCode.DEAD_UNITS).get(0);
        assertEquals(org.neurite.core.Severity.INFO, dead.severity());
        assertEquals(List.of(0), dead.units());
        assertEquals(java.util.Map.of("deadUnits", 1.0, "layerUnits", 2.0, "rows", 4.0, "maxPreActivationOfDeadUnits",
                0.0), dead.evidence());
        assertEquals("1 of 2 ReLU units unused: z <= 0 (max 0) on all 4 rows, so they output 0 and no gradient "
                + "reaches their weights.", dead.explanation());
        assertEquals(List.of(new org.neurite.core.Change.Units(0, 5),
                new org.neurite.core.Change.SetActivation(0, Activation.LEAKY_RELU)),
                dead.remedies().stream().map(r -> r.change()).toList());
    }

    /** 20 rows: x = 5 on row 0 and 100 on the others, through one hidden layer of two units, z = (x, 0). */
    private static Finding saturatedOnNineteenOfTwenty(Activation hidden) {
        double[][] x = new double[20][1];
        for (int r = 0; r < 20; r++) {
            x[r][0] = r == 0 ? 5 : 100;
        }
        Sequential model = compiled(1, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, hidden),
                new Dense(1, Activation.SIGMOID));
        setWeights(model, new double[][] {{1, 0}}, new double[][] {{0, 0}}, new double[][] {{1}, {1}},
                new double[][] {{0}});
        double[] y = new double[20];
        y[3] = 1;
        return model.diagnose(TestModels.matrix(x), TestModels.labels(y)).get(FindingCode.SATURATED_UNITS).stream()
                .filter(f -> f.evidence().containsKey("saturatedUnits")).findFirst().orElseThrow();
    }

    @Test
    void aUnitBeyondFiveOnExactlyNinetyFivePercentOfTheRowsIsSaturated() {
        // |z| = 5 on row 0 is not beyond 5; 19 of 20 rows are 95%.
        Finding tanh = saturatedOnNineteenOfTwenty(Activation.TANH);
        assertEquals(java.util.Map.of("saturatedUnits", 1.0, "layerUnits", 2.0, "minFractionOfRowsBeyond5", 0.95,
                "rows", 20.0), tanh.evidence());
        assertEquals(org.neurite.core.Severity.INFO, tanh.severity(), "one unit of two");
        assertEquals("1 of 2 tanh units have |z| > 5 on at least 95% of the rows, where the tanh is flat and passes "
                + "almost no gradient.", tanh.explanation());
        assertEquals(List.of(new org.neurite.core.Change.Units(0, 5)),
                tanh.remedies().stream().map(r -> r.change()).toList());
        Finding sigmoid = saturatedOnNineteenOfTwenty(Activation.SIGMOID);
        assertEquals(List.of(new org.neurite.core.Change.Units(0, 5),
                new org.neurite.core.Change.SetActivation(0, Activation.TANH)),
                sigmoid.remedies().stream().map(r -> r.change()).toList());
    }
}
