package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.layers.BatchNormalization;
import org.neurite.core.layers.Dropout;
import org.neurite.core.layers.Normalization;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;
import org.neurite.core.Loss;

class InitializerCheckTest {
    @Test
    void aKernelTwentyTimesTooLargeIsNamedWithTheInitializerTheActivationNeeds() {
        Initializer huge = Initializer.randomNormal(0, 10);
        Finding f = compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(4, Activation.TANH)
                .withKernelInitializer(huge), new Dense(1, Activation.SIGMOID)).diagnose(xorX(), xorY())
                .get(FindingCode.BAD_INITIALIZER).get(0);
        assertEquals(0, f.layerIndex());
        // N(0, 10^2) has RMS 10; glorot for fan 2 -> 4 needs sqrt(2 / 6) = 0.577
        assertEquals(10 / Math.sqrt(2.0 / 6), f.evidence().get("ratio"), 0.5);
        assertEquals(new Change.KernelInitializer("random_normal(0.0,10.0)", Initializer.GLOROT_UNIFORM),
                f.remedies().get(0).change());
        assertTrue(f.explanation().contains("random_normal(0.0,10.0)") && f.explanation().contains("glorot_uniform"));
    }

    @Test
    void reluGetsHeAsTheRecommendation() {
        Finding f = compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(4, Activation.RELU)
                .withKernelInitializer(Initializer.randomUniform(-30, 30)), new Dense(1, Activation.SIGMOID))
                .diagnose(xorX(), xorY()).get(FindingCode.BAD_INITIALIZER).get(0);
        assertEquals(Initializer.HE_UNIFORM, ((Change.KernelInitializer) f.remedies().get(0).change()).to());
    }

    @Test
    void theKerasDefaultsAndHeForReluAreNeverFlagged() {
        assertFalse(compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(4, Activation.TANH),
                new Dense(1, Activation.SIGMOID)).diagnose(xorX(), xorY()).has(FindingCode.BAD_INITIALIZER));
        assertFalse(compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(64, Activation.RELU)
                .withKernelInitializer(Initializer.HE_NORMAL), new Dense(64, Activation.RELU)
                .withKernelInitializer(Initializer.HE_UNIFORM), new Dense(1, Activation.SIGMOID))
                .diagnose(xorX(), xorY()).has(FindingCode.BAD_INITIALIZER));
    }

    @Test
    void layersWithoutUnitsPassTheirInputWidthOnAsTheNextKernelsFanIn() {
        Diagnosis diagnosis = compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Normalization().adapt(xorX()),
                new Dense(4, Activation.RELU).withKernelInitializer(Initializer.HE_UNIFORM), new Dropout(0.1),
                new BatchNormalization(), new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .diagnose(xorX(), xorY());
        assertFalse(diagnosis.has(FindingCode.BAD_INITIALIZER), diagnosis::toString);
        assertFalse(diagnosis.toString().contains("Infinity"), diagnosis::toString);
    }

    private static java.util.List<Finding> initializer(org.nd4j.linalg.api.ndarray.INDArray x,
                                                        org.neurite.core.layers.Layer... layers) {
        org.nd4j.linalg.api.ndarray.INDArray y = TestModels.matrix(new double[(int) x.size(0)][1]);
        return compiled((int) x.size(1), 0.1, Loss.MEAN_SQUARED_ERROR, layers).diagnose(x, y)
                .get(FindingCode.BAD_INITIALIZER);
    }

    @Test
    void fiveTimesTheGlorotScaleIsTheLimitAndTheFanInIsThePreviousLayersWidth() {
        org.nd4j.linalg.api.ndarray.INDArray x = TestModels.matrix(new double[][] {{1}, {-1}});
        // Layer 1: fan-in 7 (layer 0's units), fan-out 1, so Glorot's scale is sqrt(2 / 8) = 0.5.
        assertTrue(initializer(x, new Dense(7, Activation.TANH),
                new Dense(1, Activation.TANH).withKernelInitializer(Initializer.constant(2.5))).isEmpty(), "ratio 5");
        java.util.List<Finding> six = initializer(x, new Dense(7, Activation.TANH),
                new Dense(1, Activation.TANH).withKernelInitializer(Initializer.constant(3)));
        assertEquals(1, six.size(), six::toString);
        assertEquals(1, six.get(0).layerIndex());
        assertEquals(java.util.Map.of("initialWeightRms", 3.0, "recommendedRms", 0.5, "ratio", 6.0),
                six.get(0).evidence());
        assertTrue(six.get(0).explanation().endsWith(", while tanh needs about 0.5000 (glorot_uniform), so z starts 6 "
                + "times too large: sigmoid and tanh units saturate and the gradients blow up."),
                six.get(0)::explanation);
    }

    @Test
    void reluLayersAreMeasuredAgainstHeAndOthersAgainstGlorot() {
        // Fan-in 2, fan-out 6: He's scale sqrt(2 / 2) = 1, Glorot's sqrt(2 / 8) = 0.5; a constant 4 is 4 or 8 times.
        org.nd4j.linalg.api.ndarray.INDArray x = TestModels.matrix(new double[][] {{1, 0}, {0, 1}});
        assertTrue(initializer(x, new Dense(6, Activation.RELU).withKernelInitializer(Initializer.constant(4)),
                new Dense(1)).isEmpty());
        Finding tanh = initializer(x, new Dense(6, Activation.TANH).withKernelInitializer(Initializer.constant(4)),
                new Dense(1)).get(0);
        assertEquals(8.0, tanh.evidence().get("ratio"));
    }

    @Test
    void aTinyKernelIsFlaggedOnlyInModelsOfThreeOrMoreLayers() {
        org.nd4j.linalg.api.ndarray.INDArray x = TestModels.matrix(new double[][] {{1}, {-1}});
        // Fan-in 1, fan-out 1: Glorot's scale is 1; a constant 1/32 is under 1/20 of it, 1/16 is not.
        Initializer tiny = Initializer.constant(1.0 / 32);
        assertTrue(initializer(x, new Dense(1, Activation.TANH).withKernelInitializer(tiny), new Dense(1)).isEmpty());
        Finding three = initializer(x, new Dense(1, Activation.TANH).withKernelInitializer(tiny),
                new Dense(1, Activation.TANH), new Dense(1)).get(0);
        assertEquals(0, three.layerIndex());
        assertTrue(three.explanation().endsWith("so the signal shrinks by about 32 times in every layer and the "
                + "gradients vanish."), three::explanation);
        assertTrue(initializer(x, new Dense(1, Activation.TANH).withKernelInitializer(Initializer.constant(1.0 / 16)),
                new Dense(1, Activation.TANH), new Dense(1)).isEmpty());
    }

    /** Draws {@code first} and then zeros: over the check's 4096 draws its RMS is exactly |first| / 64. */
    private static Initializer oneDraw(double first) {
        return new Initializer() {
            @Override
            public String name() {
                return "one_draw";
            }

            @Override
            public void fill(double[] values, int fanIn, int fanOut, java.util.Random random) {
                java.util.Arrays.fill(values, 0);
                values[0] = first;
            }
        };
    }

    /** Three linear 1-unit layers on one input column, the first drawn from {@code init}: glorot wants √(2/2) = 1. */
    private static Diagnosis firstOfThree(Initializer init) {
        return compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(1).withKernelInitializer(init), new Dense(1),
                new Dense(1)).diagnose(TestModels.matrix(new double[][] {{1}, {2}}), TestModels.labels(0, 1));
    }

    @Test
    void aKernelOfExactlyATwentiethOfTheRecommendedScaleIsNotTooSmallAndBelowItIs() {
        // RMS = sqrt(first² / 4096) = first / 64 exactly, and the recommended scale is 1: 64 · 0.05 gives a ratio of
        // exactly 1/20, which the rule ("ratio < 1/20") does not report.
        assertEquals(0.05, InitializerCheck.rms(oneDraw(64 * 0.05), 1, 1), "the construction");
        Diagnosis atTwentieth = firstOfThree(oneDraw(64 * 0.05));
        assertFalse(atTwentieth.has(FindingCode.BAD_INITIALIZER), atTwentieth::toString);
        Finding below = firstOfThree(oneDraw(64 * 0.049)).get(FindingCode.BAD_INITIALIZER).get(0);
        assertEquals(0, below.layerIndex());
        assertEquals(0.049, below.evidence().get("ratio"));
    }
}
