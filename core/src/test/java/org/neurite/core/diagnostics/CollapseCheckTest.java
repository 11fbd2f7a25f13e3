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
}
