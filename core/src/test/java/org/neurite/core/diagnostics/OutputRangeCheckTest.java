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

    @Test
    void theEvidenceCountsEveryBadLabelAndNamesTheFirst() {
        // Rows 0 and 2 lie outside the sigmoid's [0, 1]; rows 0, 1 and 2 are not 0 or 1.
        List<Finding> findings = model(Activation.SIGMOID).diagnose(TestModels.booleanInputs(2).get(
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 3), org.nd4j.linalg.indexing.NDArrayIndex.all()),
                labels(-1, 0.5, 2)).get(FindingCode.OUTPUT_RANGE);
        assertEquals(2, findings.size(), findings::toString);
        Finding outside = findings.get(0);
        assertEquals(2.0, outside.evidence().get("labelsOutsideRange"));
        assertEquals(0.0, outside.evidence().get("firstRow"));
        assertEquals(-1.0, outside.evidence().get("label"), "the first bad label, not the last");
        assertEquals(1.0, outside.evidence().get("rangeHigh"));
        assertEquals("2 label values lie outside the sigmoid output's range [0, 1] (first in row 0), so the outputs "
                + "can never reach them.", outside.explanation());
        assertEquals(new Change.SetActivation(1, Activation.LINEAR), outside.remedies().get(0).change(),
                "a label of 2 is beyond tanh's range too");
        Finding notBinary = findings.get(1);
        assertEquals(3.0, notBinary.evidence().get("labelsNotZeroOrOne"));
        assertEquals(0.0, notBinary.evidence().get("firstRow"));
        assertEquals(-1.0, notBinary.evidence().get("label"));
    }

    @Test
    void hingeLossReadsZeroLabelsAsMinusOne() {
        Sequential sigmoid = compiled(2, 0.1, Loss.HINGE, new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID));
        Finding finding = sigmoid.diagnose(xorX(), labels(0, 1, 1, 0)).get(FindingCode.OUTPUT_RANGE).get(0);
        assertEquals(2.0, finding.evidence().get("labelsOutsideRange"), "the two 0 labels mean -1");
        assertEquals(0.0, finding.evidence().get("label"), "the label as given");
        Sequential tanh = compiled(2, 0.1, Loss.HINGE, new Dense(3, Activation.TANH), new Dense(1, Activation.TANH));
        assertFalse(tanh.diagnose(xorX(), labels(0, 1, 1, 0)).has(FindingCode.OUTPUT_RANGE));
    }

    @Test
    void withoutABinaryAccuracyMetricLabelsOtherThanZeroAndOneAreFine() {
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(1, Activation.TANH))
                .setDataType(org.nd4j.linalg.api.buffer.DataType.DOUBLE).build(2, 0);
        model.compile(new org.neurite.core.GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR,
                org.neurite.core.Metric.of("mae"));
        assertFalse(model.diagnose(xorX(), labels(-1, 1, 1, -1)).has(FindingCode.OUTPUT_RANGE));
    }

    /** An activation with outputs in [low, high], for thresholds on its bounds. */
    private static Activation bounded(double low, double high) {
        return new Activation() {
            @Override
            public String name() {
                return "bounded";
            }

            @Override
            public void forward(double[] z, double[] a, int length, int width) {
                for (int i = 0; i < length; i++) {
                    a[i] = Math.min(high, Math.max(low, z[i]));
                }
            }

            @Override
            public void backward(double[] z, double[] a, double[] grad, int length, int width) {
            }

            @Override
            public double lowerBound() {
                return low;
            }

            @Override
            public double upperBound() {
                return high;
            }
        };
    }

    @Test
    void aThresholdOnEitherBoundOfTheRangeCanNeverBeCrossedEither() {
        for (Activation output : new Activation[] {bounded(0.5, 2), bounded(-1, 0.5)}) {
            List<Finding> findings = model(output).diagnose(xorX(), labels(0, 1, 1, 0)).get(FindingCode.OUTPUT_RANGE);
            assertTrue(findings.stream().anyMatch(f -> Double.valueOf(0.5).equals(f.evidence().get("threshold"))),
                    findings::toString);
        }
        List<Finding> inside = model(bounded(0.4999, 0.5001)).diagnose(xorX(), labels(0, 1, 1, 0))
                .get(FindingCode.OUTPUT_RANGE);
        assertFalse(inside.stream().anyMatch(f -> f.evidence().containsKey("threshold")), inside::toString);
    }
}
