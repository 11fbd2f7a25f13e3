package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.xorX;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

class OutputRangeCheckTest {
    private static Sequential model(Activation output) {
        return compiled(2, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(3, Activation.TANH), new Dense(1, output));
    }

    @Test
    void plusMinusOneLabelsOnASigmoidAreOutsideItsRangeAndNeverCountAsAccurate() {
        List<Finding> findings = model(Activation.SIGMOID).diagnose(xorX(), labels(-1, 1, 1, -1))
                .get(FindingCode.OUTPUT_RANGE);
        assertEquals(2, findings.size(), findings::toString);
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(2.0, findings.get(1).evidence().get("labelsNotZeroOrOne"));
        assertEquals(Severity.INFO, findings.get(1).severity(), "accuracy is not the goal here, so it is INFO");
        assertEquals(2.0, findings.get(0).evidence().get("labelsOutsideRange"));
        assertEquals(-1.0, findings.get(0).evidence().get("label"));
        assertEquals(0.0, findings.get(0).evidence().get("rangeLow"));
        assertEquals(new Change.SetActivation(1, Activation.TANH), findings.get(0).remedies().get(0).change());
    }

    @Test
    void plusMinusOneLabelsOnATanhAreInRangeButBinaryAccuracyCanNeverCountThem() {
        List<Finding> findings = model(Activation.TANH).diagnose(xorX(), labels(-1, 1, 1, -1))
                .get(FindingCode.OUTPUT_RANGE);
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).evidence().containsKey("labelsNotZeroOrOne"));
        assertEquals(Severity.INFO, findings.get(0).severity(), "accuracy is not the goal here, so it is INFO");
    }

    @Test
    void zeroOneLabelsOnSigmoidOrTanhOutputsAreFineAndTheirRangesContainTheThreshold() {
        assertFalse(model(Activation.SIGMOID).diagnose(xorX(), labels(0, 1, 1, 0)).has(FindingCode.OUTPUT_RANGE));
        assertFalse(model(Activation.TANH).diagnose(xorX(), labels(0, 1, 1, 0)).has(FindingCode.OUTPUT_RANGE));
    }

    /** f(z) = −σ(z), with outputs in (−1, 0): a threshold of 0.5 lies outside them. */
    private static final Activation NEGATIVE_SIGMOID = new Activation() {
        @Override
        public String name() {
            return "negative_sigmoid";
        }

        @Override
        public void forward(double[] z, double[] a, int length, int width) {
            for (int i = 0; i < length; i++) {
                a[i] = -1 / (1 + Math.exp(-z[i]));
            }
        }

        @Override
        public void backward(double[] z, double[] a, double[] grad, int length, int width) {
            for (int i = 0; i < length; i++) {
                grad[i] *= a[i] * (1 + a[i]);
            }
        }

        @Override
        public double lowerBound() {
            return -1;
        }

        @Override
        public double upperBound() {
            return 0;
        }
    };

    @Test
    void anAccuracyThresholdOutsideTheOutputRangeCanNeverBeCrossed() {
        List<Finding> findings = model(NEGATIVE_SIGMOID).diagnose(xorX(), labels(0, 1, 1, 0))
                .get(FindingCode.OUTPUT_RANGE);
        Finding finding = findings.stream().filter(f -> f.evidence().containsKey("threshold")).findFirst()
                .orElseThrow(() -> new AssertionError(findings));
        assertEquals(0.5, finding.evidence().get("threshold"));
        assertEquals(-1.0, finding.evidence().get("rangeLow"));
    }

    @Test
    void thresholdsAreReadFromTheMetricEvenWhenLoggedAsAccuracy() {
        assertEquals(0.5, org.neurite.core.metrics.Metrics.binaryThreshold(
                org.neurite.core.Metric.of("binary_accuracy")));
        assertEquals(0.3, org.neurite.core.metrics.Metrics.binaryThreshold(
                org.neurite.core.Metric.of("binary_accuracy(0.3)")));
        assertTrue(Double.isNaN(org.neurite.core.metrics.Metrics.binaryThreshold(
                org.neurite.core.Metric.CATEGORICAL_ACCURACY)));
        org.neurite.core.Sequential binary = model(Activation.SIGMOID);
        binary.compile("gd", "binary_crossentropy", "accuracy");
        assertEquals("accuracy", binary.metrics().get(0).name());
        assertEquals(0.5, org.neurite.core.metrics.Metrics.binaryThreshold(binary.metrics().get(0)));
    }

    @Test
    void labelsAboveOneOnAReluOutputAreInRange() {
        assertFalse(model(Activation.RELU).diagnose(xorX(), labels(0, 5, 1, 0)).get(FindingCode.OUTPUT_RANGE)
                .stream().anyMatch(f -> f.evidence().containsKey("labelsOutsideRange")));
    }
}
