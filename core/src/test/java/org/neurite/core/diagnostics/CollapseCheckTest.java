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
import org.neurite.core.Change;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/** Weights below are where 2-2-1 XOR nets got stuck under Adam (seeds 6 and 4 of a sweep), rounded. */
class CollapseCheckTest {
    private static Sequential twoTwoOne(Activation hidden, double[][]... weights) {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, hidden),
                new Dense(1, Activation.SIGMOID));
        setWeights(model, weights);
        return model;
    }

    @Test
    void reluLayerInactiveOnRowsWithDifferentLabelsIsReportedAsDeadUnits() {
        Sequential model = twoTwoOne(Activation.RELU, new double[][] {{1.63, 1.75}, {-1.79, -1.70}},
                new double[][] {{-0.015, -0.09}}, new double[][] {{2.75}, {2.83}}, new double[][] {{-0.69}});
        List<Finding> dead = model.diagnose(xorX(), xorY()).get(FindingCode.DEAD_UNITS);
        assertEquals(1, dead.size());
        Finding finding = dead.get(0);
        assertEquals(3.0, finding.evidence().get("collapsedRows"));
        assertEquals(List.of(0, 1), finding.units());
        assertTrue(finding.evidence().get("labelA") != finding.evidence().get("labelB").doubleValue());
        assertEquals(finding.evidence().get("outputA"), finding.evidence().get("outputB"));
    }

    @Test
    void reluLayerInactiveOnlyOnOneRowIsNotReported() {
        Sequential model = twoTwoOne(Activation.RELU, new double[][] {{1, 1}, {1, 1}}, new double[][] {{0, -1}},
                new double[][] {{1}, {-2}}, new double[][] {{0}});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.DEAD_UNITS));
    }

    @Test
    void sigmoidLayerSaturatedTheSameWayOnRowsWithDifferentLabelsIsReportedAsSaturated() {
        Sequential model = twoTwoOne(Activation.SIGMOID, new double[][] {{-13.15, -10.93}, {-13.45, -10.90}},
                new double[][] {{2.25, 0.81}}, new double[][] {{-5.98}, {-6.15}}, new double[][] {{0.69}});
        List<Finding> saturated = model.diagnose(xorX(), xorY()).get(FindingCode.SATURATED_UNITS);
        assertEquals(1, saturated.size());
        assertEquals(3.0, saturated.get(0).evidence().get("collapsedRows"));
        assertEquals(saturated.get(0).evidence().get("outputA"), saturated.get(0).evidence().get("outputB"), 1e-3);
    }

    @Test
    void sigmoidLayerInItsResponsiveRangeIsNotReported() {
        Sequential model = twoTwoOne(Activation.SIGMOID, new double[][] {{2, 2}, {2, 2}}, new double[][] {{-1, -3}},
                new double[][] {{4}, {-4}}, new double[][] {{-1}});
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.SATURATED_UNITS));
    }

    private static final double[][] ZERO_KERNEL = {{0, 0}, {0, 0}};
    private static final double[][] OUTPUT_KERNEL = {{1}, {1}};
    private static final double[][] OUTPUT_BIAS = {{0}};

    @Test
    void tanhUnitsSaturatedOnEveryRowAreReportedWithTheirEvidenceAndFix() {
        // z = (10, -10) on every row: the signature "+-" everywhere; the output is σ(tanh 10 + tanh -10) = 0.5.
        Sequential model = twoTwoOne(Activation.TANH, ZERO_KERNEL, new double[][] {{10, -10}}, OUTPUT_KERNEL,
                OUTPUT_BIAS);
        Finding finding = model.diagnose(xorX(), xorY()).get(FindingCode.SATURATED_UNITS).get(0);
        assertEquals(java.util.Map.of("collapsedRows", 4.0, "rows", 4.0, "rowA", 0.0, "labelA", 0.0, "outputA", 0.5,
                "rowB", 1.0, "labelB", 1.0, "outputB", 0.5), finding.evidence());
        assertEquals("All 2 tanh units are saturated (|z| > 5, same signs) on 4 rows that need different labels (e.g. "
                + "rows 0 and 1), so the layer passes the same vector for them, the model outputs 0.5000 and 0.5000, "
                + "and almost no gradient flows back from them to separate them.", finding.explanation());
        assertEquals("Use more units, or retrain from another seed.", finding.fix());
        assertEquals(List.of(new Change.Units(0, 5)), finding.remedies().stream().map(r -> r.change()).toList());
        Finding sigmoid = twoTwoOne(Activation.SIGMOID, ZERO_KERNEL, new double[][] {{10, -10}}, OUTPUT_KERNEL,
                OUTPUT_BIAS).diagnose(xorX(), xorY()).get(FindingCode.SATURATED_UNITS).get(0);
        assertEquals("Use more units or tanh, or retrain from another seed.", sigmoid.fix());
        assertEquals(List.of(new Change.Units(0, 5), new Change.SetActivation(0, Activation.TANH)),
                sigmoid.remedies().stream().map(r -> r.change()).toList());
    }

    @Test
    void rowsSaturatedWithOppositeSignsAreNotCollapsed() {
        // Unit 0: z = 20·x1 - 10, so -10 or +10; unit 1: z = 10. Labels follow x1, so each sign pattern has one label.
        Sequential model = twoTwoOne(Activation.TANH, new double[][] {{20, 0}, {0, 0}}, new double[][] {{-10, 10}},
                OUTPUT_KERNEL, OUTPUT_BIAS);
        assertFalse(model.diagnose(xorX(), TestModels.labels(0, 0, 1, 1)).get(FindingCode.SATURATED_UNITS).stream()
                .anyMatch(f -> f.evidence().containsKey("collapsedRows")), "unit 1 alone is UnitCheck's finding");
    }

    @Test
    void aZOfExactlyFiveIsStillResponsiveAndAReluZOfExactlyZeroIsInactive() {
        Sequential atFive = twoTwoOne(Activation.TANH, ZERO_KERNEL, new double[][] {{5, -5}}, OUTPUT_KERNEL, OUTPUT_BIAS);
        assertFalse(atFive.diagnose(xorX(), xorY()).has(FindingCode.SATURATED_UNITS));
        // z = x1 + x2 - 1 in both units: -1, 0, 0 on rows 0 to 2 (inactive), 1 on row 3.
        Sequential atZero = twoTwoOne(Activation.RELU, new double[][] {{1, 1}, {1, 1}}, new double[][] {{-1, -1}},
                OUTPUT_KERNEL, OUTPUT_BIAS);
        Finding dead = atZero.diagnose(xorX(), xorY()).get(FindingCode.DEAD_UNITS).get(0);
        assertEquals(3.0, dead.evidence().get("collapsedRows"));
        assertEquals("All 2 relu units are inactive (z <= 0) on 3 rows that need different labels (e.g. rows 0 and "
                + "1), so the layer passes the same vector for them, the model outputs 0.5000 and 0.5000, and no "
                + "gradient flows back from them to separate them.", dead.explanation());
        assertEquals("Use more units or leaky_relu (a small gradient for z < 0), or retrain from another seed.",
                dead.fix());
    }

    @Test
    void theUnitsNamedAreTheLayersOwnNotTheInputs() {
        Sequential model = compiled(3, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.TANH),
                new Dense(1, Activation.SIGMOID));
        setWeights(model, new double[][] {{0, 0}, {0, 0}, {0, 0}}, new double[][] {{10, -10}}, OUTPUT_KERNEL,
                OUTPUT_BIAS);
        Finding finding = model.diagnose(TestModels.booleanInputs(3), TestModels.labels(0, 1, 1, 0, 1, 0, 0, 1))
                .get(FindingCode.SATURATED_UNITS).get(0);
        assertEquals(List.of(0, 1), finding.units());
        assertTrue(finding.explanation().startsWith("All 2 tanh units"), finding::explanation);
    }
}
