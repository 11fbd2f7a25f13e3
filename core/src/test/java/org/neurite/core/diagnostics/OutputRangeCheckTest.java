package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.xorX;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class OutputRangeCheckTest {
    private static Sequential model(Activation output) {
        return compiled(2, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(3, Activation.TANH), new Dense(1, output));
    }

    @Test
    void plusMinusOneLabelsOnASigmoidAreOutsideItsRangeAndNeverCountAsAccurate() {
        List<Finding> findings = model(Activation.SIGMOID).diagnose(xorX(), labels(-1, 1, 1, -1))
                .get(FindingCode.OUTPUT_RANGE);
        assertEquals(2, findings.size(), findings::toString);
        assertEquals(2.0, findings.get(0).evidence().get("labelsOutsideRange"));
        assertEquals(-1.0, findings.get(0).evidence().get("label"));
        assertEquals(0.0, findings.get(0).evidence().get("rangeLow"));
        assertEquals(2.0, findings.get(1).evidence().get("labelsNotZeroOrOne"));
    }

    @Test
    void plusMinusOneLabelsOnATanhAreInRangeButBinaryAccuracyCanNeverCountThem() {
        List<Finding> findings = model(Activation.TANH).diagnose(xorX(), labels(-1, 1, 1, -1))
                .get(FindingCode.OUTPUT_RANGE);
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).evidence().containsKey("labelsNotZeroOrOne"));
    }

    @Test
    void zeroOneLabelsOnSigmoidOrTanhOutputsAreFine() {
        assertFalse(model(Activation.SIGMOID).diagnose(xorX(), labels(0, 1, 1, 0)).has(FindingCode.OUTPUT_RANGE));
        assertFalse(model(Activation.TANH).diagnose(xorX(), labels(0, 1, 1, 0)).has(FindingCode.OUTPUT_RANGE));
    }

    @Test
    void labelsAboveOneOnAReluOutputAreInRange() {
        assertFalse(model(Activation.RELU).diagnose(xorX(), labels(0, 5, 1, 0)).get(FindingCode.OUTPUT_RANGE)
                .stream().anyMatch(f -> f.evidence().containsKey("labelsOutsideRange")));
    }
}
