package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.matrix;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import java.util.ArrayList;
import java.util.List;
import org.neurite.core.layers.Dropout;
import org.neurite.core.layers.Normalization;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;
import org.neurite.core.layers.Layer;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

class GradientFlowCheckTest {
    private static Sequential stack(int hidden, int width, Activation activation, Initializer kernel, int inputs) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < hidden; i++) {
            layers.add(new Dense(width, activation).withKernelInitializer(kernel));
        }
        layers.add(new Dense(1, Activation.SIGMOID).withKernelInitializer(kernel));
        return compiled(inputs, 0.1, Loss.MEAN_SQUARED_ERROR, layers.toArray(new Layer[0]));
    }

    /** {@code inputs} → 4 → 4 → 4 → 1, all linear, every kernel weight {@code kernel}, MSE. */
    private static Sequential linear(int inputs, double kernel) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            layers.add(new Dense(4).withKernelInitializer(Initializer.constant(kernel)));
        }
        layers.add(new Dense(1).withKernelInitializer(Initializer.constant(kernel)));
        return compiled(inputs, 0.1, Loss.MEAN_SQUARED_ERROR, layers.toArray(new Layer[0]));
    }

    @Test
    void eightSigmoidLayersWithSmallWeightsMakeTheFirstLayersGradientVanish() {
        Sequential model = stack(8, 2, Activation.SIGMOID, Initializer.constant(0.5), 2);
        Diagnosis diagnosis = model.diagnose(xorX(), xorY());
        assertTrue(diagnosis.has(FindingCode.VANISHING_GRADIENTS), diagnosis::toString);
        Finding finding = diagnosis.get(FindingCode.VANISHING_GRADIENTS).get(0);
        assertTrue(finding.evidence().get("firstToOutputRatio") < GradientFlowCheck.VANISHING_RATIO);
        assertFalse(diagnosis.has(FindingCode.EXPLODING_GRADIENTS));
    }

    @Test
    void aShallowTanhNetworkHasHealthyGradients() {
        Sequential model = stack(2, 4, Activation.TANH, Initializer.GLOROT_UNIFORM, 2);
        Diagnosis diagnosis = model.diagnose(xorX(), xorY());
        assertFalse(diagnosis.has(FindingCode.VANISHING_GRADIENTS), diagnosis::toString);
        assertFalse(diagnosis.has(FindingCode.EXPLODING_GRADIENTS), diagnosis::toString);
    }

    @Test
    void largeLinearWeightsMakeGradientsExplode() {
        Sequential model = linear(4, 3);
        Diagnosis diagnosis = model.diagnose(matrix(new double[][] {{1, 1, 1, 1}, {1, 0, 1, 0}}),
                matrix(new double[][] {{0}, {1}}));
        assertTrue(diagnosis.has(FindingCode.EXPLODING_GRADIENTS), diagnosis::toString);
        assertTrue(diagnosis.get(FindingCode.EXPLODING_GRADIENTS).get(0).evidence().values().stream()
                .anyMatch(v -> v > GradientFlowCheck.EXPLODING_RMS));
    }

    @Test
    void aDeepFitThatMissedItsGoalIsReadAtItsStartingWeightsWhereATooLargeKernelScaleExplodes() {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            layers.add(new Dense(16, Activation.RELU).withKernelInitializer(Initializer.randomNormal(0, 1)));
        }
        layers.add(new Dense(1, Activation.LINEAR).withKernelInitializer(Initializer.randomNormal(0, 1)));
        Sequential model = compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, layers.toArray(new Layer[0]));
        List<org.nd4j.linalg.api.ndarray.INDArray> start = new ArrayList<>();
        List<org.nd4j.linalg.api.ndarray.INDArray> calm = new ArrayList<>();
        for (org.nd4j.linalg.api.ndarray.INDArray w : model.getWeights()) {
            start.add(w.dup());
            calm.add(w.mul(0.3)); // 0.3 x N(0, 1) is under He's 0.35 for 16 inputs: healthy gradients now
        }
        model.setWeights(calm);
        org.nd4j.linalg.api.ndarray.INDArray x = matrix(new double[][] {{-1}, {-0.5}, {0.5}, {1}});
        org.nd4j.linalg.api.ndarray.INDArray y = matrix(new double[][] {{0}, {1}, {1}, {0}});
        org.neurite.core.History history = new org.neurite.core.History();
        for (int e = 0; e < 5; e++) {
            history.record(e, java.util.Map.of("loss", 0.25));
        }
        org.neurite.core.Goal unreached = org.neurite.core.Goal.loss(1e-6);
        Diagnosis now = Diagnostics.diagnose(model, x, y, history, unreached, null);
        assertFalse(now.has(FindingCode.EXPLODING_GRADIENTS), "the calm weights alone: " + now);
        Diagnosis diagnosis = Diagnostics.diagnose(model, x, y, history, unreached, start);
        Finding finding = diagnosis.get(FindingCode.EXPLODING_GRADIENTS).get(0);
        assertTrue(finding.explanation().contains("at the start of training")
                && finding.explanation().contains("random_normal(0.0,1.0), not he_uniform"), finding::toString);
        assertTrue(finding.evidence().values().stream().anyMatch(v -> v > GradientFlowCheck.EXPLODING_RMS),
                finding::toString);
        assertTrue(finding.remedies().get(0).change().equals(new org.neurite.core.Change.KernelInitializer(
                "random_normal(0.0,1.0)", Initializer.HE_UNIFORM)), finding::toString);
        assertTrue(finding.remedies().get(1).change() instanceof org.neurite.core.Change.LearningRate,
                finding::toString);
        Diagnosis reached = Diagnostics.diagnose(model, x, y, history, org.neurite.core.Goal.loss(1), start);
        assertFalse(reached.has(FindingCode.EXPLODING_GRADIENTS), "a fit that reached its goal is read as it is now");
    }

    @Test
    void gradientsThatVanishOnlyHalfwayThroughAFailedFitAreReportedAsSuch() {
        Sequential model = linear(2, 0.5);
        List<org.nd4j.linalg.api.ndarray.INDArray> healthy = model.getWeights();
        List<org.nd4j.linalg.api.ndarray.INDArray> middle = new ArrayList<>(healthy);
        middle.set(2, healthy.get(2).mul(1e-5)); // layer 1's kernel: what reaches layer 0 shrinks 1e5-fold
        org.neurite.core.History history = new org.neurite.core.History();
        for (int e = 0; e < 10; e++) {
            history.record(e, java.util.Map.of("loss", 0.25));
        }
        org.neurite.core.Goal unreached = org.neurite.core.Goal.loss(1e-6);
        assertFalse(Diagnostics.diagnose(model, xorX(), xorY(), history, unreached, healthy)
                .has(FindingCode.VANISHING_GRADIENTS), "now and at the start the gradients are healthy");
        Diagnosis diagnosis = Diagnostics.diagnose(model, xorX(), xorY(), history, unreached, healthy, middle);
        Finding finding = diagnosis.get(FindingCode.VANISHING_GRADIENTS).get(0);
        assertTrue(finding.explanation().startsWith("The first layer's RMS gradient halfway through training is"),
                finding::toString);
        assertTrue(finding.evidence().get("firstToLargestLaterRatio") < GradientFlowCheck.VANISHING_RATIO,
                finding::toString);
        assertFalse(Diagnostics.diagnose(model, xorX(), xorY(), history, org.neurite.core.Goal.loss(1), healthy,
                middle).has(FindingCode.VANISHING_GRADIENTS), "a fit that reached its goal is read as it is now");
    }

    @Test
    void layersWithoutTrainableWeightsAreLeftOutOfTheGradientFlow() {
        Sequential healthy = compiled(2, 0.1, Loss.MEAN_SQUARED_ERROR, new Normalization().adapt(xorX()),
                new Dense(4, Activation.TANH), new Dropout(0.1), new Dense(4, Activation.TANH),
                new Dense(1, Activation.SIGMOID));
        Diagnosis diagnosis = healthy.diagnose(xorX(), xorY());
        assertFalse(diagnosis.has(FindingCode.VANISHING_GRADIENTS), diagnosis::toString);
        List<Layer> layers = new ArrayList<>(List.of(new Normalization().adapt(xorX())));
        for (int i = 0; i < 8; i++) {
            layers.add(new Dense(2, Activation.SIGMOID).withKernelInitializer(Initializer.constant(0.5)));
        }
        layers.add(new Dense(1, Activation.SIGMOID).withKernelInitializer(Initializer.constant(0.5)));
        Diagnosis vanishing = compiled(2, 0.1, Loss.MEAN_SQUARED_ERROR, layers.toArray(new Layer[0]))
                .diagnose(xorX(), xorY());
        Finding finding = vanishing.get(FindingCode.VANISHING_GRADIENTS).get(0);
        assertEquals(1, finding.layerIndex(), "the first layer with weights, not the Normalization before it");
        assertFalse(finding.evidence().containsKey("rmsGradient[layer 0]"), finding::toString);
    }

    /** A chain of one-unit linear layers with these kernels (biases 0), trained on x = 1, y = 0 with MSE. */
    private static Sequential chain(double... kernels) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < kernels.length; i++) {
            layers.add(new Dense(1));
        }
        Sequential model = compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, layers.toArray(new Layer[0]));
        List<double[][]> weights = new ArrayList<>();
        for (double k : kernels) {
            weights.add(new double[][] {{k}});
            weights.add(new double[][] {{0}});
        }
        TestModels.setWeights(model, weights.toArray(new double[0][][]));
        return model;
    }

    private static Diagnosis onOneRow(Sequential model) {
        return model.diagnose(matrix(new double[][] {{1}}), matrix(new double[][] {{0}}));
    }

    @Test
    void theRmsGradientOfEachLayerIsTakenOverItsKernelAndBias() {
        // p = 20³ = 8000 and dL/dp = 2p = 16000. By hand: layer 0's kernel and bias gradients are 2p·w2·w3 =
        // 6.4e6 each; layer 1's 2p·w3·(w1·x) = 6.4e6 and 2p·w3 = 3.2e5; layer 2's 2p·(w2·w1·x) = 6.4e6 and 2p = 1.6e4.
        Finding finding = onOneRow(chain(20, 20, 20)).get(FindingCode.EXPLODING_GRADIENTS).get(0);
        double rms0 = 6.4e6;
        double rms1 = Math.sqrt((6.4e6 * 6.4e6 + 3.2e5 * 3.2e5) / 2);
        double rms2 = Math.sqrt((6.4e6 * 6.4e6 + 1.6e4 * 1.6e4) / 2);
        assertEquals(0, finding.layerIndex());
        assertEquals(rms0, finding.evidence().get("rmsGradient[layer 0]"), 1e-9 * rms0);
        assertEquals(rms1, finding.evidence().get("rmsGradient[layer 1]"), 1e-9 * rms1);
        assertEquals(rms2, finding.evidence().get("rmsGradient[layer 2]"), 1e-9 * rms2);
        assertEquals(rms0 / rms2, finding.evidence().get("firstToOutputRatio"), 1e-9);
        assertEquals(4, finding.evidence().size());
        assertEquals("Layer 'dense' has an RMS gradient now of 6400000 (first/output layer ratio 1.414), large enough for "
                + "one step to throw its weights far away.", finding.explanation());
        assertEquals(List.of(0.1 * 0.1), finding.remedies().stream()
                .map(r -> ((org.neurite.core.Change.LearningRate) r.change()).learningRate()).toList());
    }

    @Test
    void ofLayersWithEqualRmsGradientsTheFirstIsNamed() {
        // p = 41·29 = 1189. Layer 0: kernel and bias gradients 2p·29 = 68962; layer 1: 2p·41 = 97498 and 2p = 2378,
        // whose RMS is sqrt((97498² + 2378²) / 2) = 68962 too (29² = (41² + 1) / 2).
        Finding finding = onOneRow(chain(41, 29)).get(FindingCode.EXPLODING_GRADIENTS).get(0);
        assertEquals(68962.0, finding.evidence().get("rmsGradient[layer 0]"));
        assertEquals(68962.0, finding.evidence().get("rmsGradient[layer 1]"));
        assertEquals(0, finding.layerIndex());
    }

    @Test
    void aFirstLayerGradientOverAThousandTimesTheOutputLayersExplodesInADeepModel() {
        // p = 1e-6 · 1 · 1e3 = 1e-3: layer 0's gradients 2p·1e3 = 2 (RMS 2), the output layer's 2p·1e-6 and 2p
        // (RMS about 1.414e-3): every RMS is small, but their ratio is about 1414.
        Finding finding = onOneRow(chain(1e-6, 1, 1e3)).get(FindingCode.EXPLODING_GRADIENTS).get(0);
        assertEquals(2.0, finding.evidence().get("rmsGradient[layer 0]"), 1e-12);
        assertEquals(2 / (2e-3 * Math.sqrt((1e-12 + 1) / 2)), finding.evidence().get("firstToOutputRatio"), 1e-6);
        assertFalse(onOneRow(chain(1e-6, 1e3)).has(FindingCode.EXPLODING_GRADIENTS), "two layers are not deep");
    }

    @Test
    void vanishingIsReportedBesideOtherFindingsNamingTheHiddenActivationAndTheRemedies() {
        Sequential model = stack(8, 2, Activation.SIGMOID, Initializer.constant(0.5), 2);
        // -1 labels lie outside the sigmoid's range: OUTPUT_RANGE is found before the gradients are checked.
        Diagnosis diagnosis = model.diagnose(xorX(), TestModels.labels(-1, 1, 1, -1));
        assertTrue(diagnosis.has(FindingCode.OUTPUT_RANGE), diagnosis::toString);
        Finding finding = diagnosis.get(FindingCode.VANISHING_GRADIENTS).get(0);
        assertTrue(finding.explanation().startsWith("The first layer's RMS gradient now is "), finding::explanation);
        assertTrue(finding.explanation().endsWith("barely learn: each sigmoid layer shrinks the gradient it passes "
                + "back."), finding::explanation);
        assertEquals(List.of(new org.neurite.core.Change.HiddenActivation(Activation.LEAKY_RELU, Initializer.HE_UNIFORM),
                new org.neurite.core.Change.HiddenActivation(Activation.RELU, Initializer.HE_UNIFORM)),
                finding.remedies().stream().map(r -> r.change()).toList());
    }

    /** A 2-2-2-1 sigmoid model; with a tiny middle kernel the first layer's gradient is ~1e-4 of the others'. */
    private static Sequential threeSigmoidLayers(double middleKernel) {
        Sequential model = compiled(2, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(2, Activation.SIGMOID),
                new Dense(2, Activation.SIGMOID), new Dense(1, Activation.SIGMOID));
        double m = middleKernel;
        TestModels.setWeights(model, new double[][] {{0.5, 0.5}, {0.5, 0.5}}, new double[][] {{0, 0}},
                new double[][] {{m, m}, {m, m}}, new double[][] {{0, 0}}, new double[][] {{0.5}, {0.5}},
                new double[][] {{0}});
        return model;
    }

    @Test
    void afterAFitThatMissedItsGoalTheGradientsAtTheStartAreJudged() {
        List<org.nd4j.linalg.api.ndarray.INDArray> start = threeSigmoidLayers(1e-4).getWeights();
        Finding atStart = threeSigmoidLayers(1e-4).diagnose(xorX(), xorY()).get(FindingCode.VANISHING_GRADIENTS)
                .get(0);
        Sequential model = threeSigmoidLayers(0.5);
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.VANISHING_GRADIENTS), "healthy now");
        org.neurite.core.History history = new org.neurite.core.History();
        history.record(0, java.util.Map.of("loss", 0.3));
        history.record(1, java.util.Map.of("loss", 0.29));
        Diagnosis missed = Diagnostics.diagnose(model, xorX(), xorY(), history, org.neurite.core.Goal.loss(1e-3), start);
        Finding finding = missed.get(FindingCode.VANISHING_GRADIENTS).get(0);
        assertTrue(finding.explanation().startsWith("The first layer's RMS gradient at the start of training is "),
                finding::explanation);
        for (int l = 0; l < 3; l++) {
            assertEquals(atStart.evidence().get("rmsGradient[layer " + l + "]"),
                    finding.evidence().get("rmsGradient[layer " + l + "]"), 1e-15, "layer " + l);
        }
        assertEquals(atStart.evidence().get("firstToLargestLaterRatio"), finding.evidence().get("firstToLargestLaterRatio"));
        assertEquals(List.of(start.get(2).getDouble(0, 0), 0.5), List.of(1e-4, model.getWeights().get(2).getDouble(0, 0)),
                "the model keeps its own weights");
        Diagnosis reached = Diagnostics.diagnose(model, xorX(), xorY(), history, org.neurite.core.Goal.loss(1), start);
        assertFalse(reached.has(FindingCode.VANISHING_GRADIENTS), "a run that reached its goal is judged as it ends");
    }

    @Test
    void theOutputLayerIsNamedWhenItsGradientIsTheLargest() {
        // p = 2e4: kernel gradients 2p·(w2·w3) = 8e4, 2p·(w3·w1) = 4e8 and 2p·(w1·w2) = 8e8 for layers 0, 1, 2.
        Finding finding = onOneRow(chain(1e4, 2, 1)).get(FindingCode.EXPLODING_GRADIENTS).get(0);
        assertEquals(2, finding.layerIndex());
    }

    @Test
    void anRmsGradientOfExactlyAThousandIsNotExploding() {
        // One layer: p = w, kernel and bias gradients 2w, so w = 500 gives an RMS of exactly 1000.
        assertFalse(onOneRow(chain(500)).has(FindingCode.EXPLODING_GRADIENTS));
        assertTrue(onOneRow(chain(501)).has(FindingCode.EXPLODING_GRADIENTS));
    }

    @Test
    void theVanishingEvidenceRelatesTheFirstLayerToTheOutputLayer() {
        Finding finding = threeSigmoidLayers(1e-4).diagnose(xorX(), xorY()).get(FindingCode.VANISHING_GRADIENTS).get(0);
        double first = finding.evidence().get("rmsGradient[layer 0]");
        double output = finding.evidence().get("rmsGradient[layer 2]");
        double middle = finding.evidence().get("rmsGradient[layer 1]");
        assertEquals(first / output, finding.evidence().get("firstToOutputRatio"), 1e-15 * first / output);
        assertEquals(first / Math.max(middle, output), finding.evidence().get("firstToLargestLaterRatio"),
                1e-15 * first / output);
    }

    /**
     * {@code chain(kernels)} on x = 1 and the label {@code y}, after checking that its six gradients (kernel and
     * bias of each layer, in order) are exactly {@code gradients}: the exact-boundary tests below build their RMS
     * ratios from them (the RMS of a layer whose kernel and bias gradients are both g is exactly |g|).
     */
    private static Diagnosis onOneRow(double y, double[] gradients, double... kernels) {
        Sequential model = chain(kernels);
        org.nd4j.linalg.api.ndarray.INDArray x = matrix(new double[][] {{1}});
        org.nd4j.linalg.api.ndarray.INDArray label = matrix(new double[][] {{y}});
        model.computeGradients(x, label);
        org.junit.jupiter.api.Assertions.assertArrayEquals(gradients, model.parameters().gradients().toDoubleVector(),
                "the construction's gradients");
        return model.diagnose(x, label);
    }

    @Test
    void aFirstToOutputRatioOfExactlyAThousandIsNotExplodingAndAbove1000ItIs() {
        // Kernels 1, 1, 1000 (biases 0): p = 1000 and y = 1000 - 1/16, so dL/dp = 2(p - y) = 1/8. Layer 2's kernel
        // and bias gradients are 1/8·h1 = 1/8 and 1/8 (RMS 1/8); layers 1 and 0 get 1/8·1000 = 125 for both (RMS
        // 125). The ratio is 125 / (1/8) = 1000 exactly: the rule is "ratio > 1000".
        Diagnosis atThousand = onOneRow(1000 - 1.0 / 16, new double[] {125, 125, 125, 125, 0.125, 0.125}, 1, 1, 1000);
        assertFalse(atThousand.has(FindingCode.EXPLODING_GRADIENTS), atThousand::toString);
        Diagnosis above = onOneRow(1024 - 1.0 / 16, new double[] {128, 128, 128, 128, 0.125, 0.125}, 1, 1, 1024);
        assertEquals(1024.0, above.get(FindingCode.EXPLODING_GRADIENTS).get(0).evidence().get("firstToOutputRatio"));
    }

    @Test
    void aFirstLayerGradientOfExactlyAThousandthOfTheLaterOnesIsNotVanishingAndBelowItIs() {
        // Kernels 1, a, 1 (biases 0): p = a, and y = a - 2^-11 makes dL/dp = 2^-10 exactly. Layers 2 and 1 get
        // 2^-10·h1 = 2^-10·a and 2^-10, and 2^-10 for both (RMS 2^-10, the largest later one); layer 0 gets 2^-10·a
        // for both (RMS 2^-10·a). The ratio is a itself: a = 0.001 is not below 0.001 (the rule is "ratio < 1e-3").
        double g = Math.scalb(1.0, -10);
        Diagnosis atThousandth = onOneRow(0.001 - g / 2, new double[] {g * 0.001, g * 0.001, g, g, g * 0.001, g},
                1, 0.001, 1);
        assertFalse(atThousandth.has(FindingCode.VANISHING_GRADIENTS), atThousandth::toString);
        Diagnosis below = onOneRow(0.0009 - g / 2, new double[] {g * 0.0009, g * 0.0009, g, g, g * 0.0009, g},
                1, 0.0009, 1);
        assertEquals(0.0009, below.get(FindingCode.VANISHING_GRADIENTS).get(0).evidence()
                .get("firstToLargestLaterRatio"));
    }

    @Test
    void laterGradientsOfExactlyOneBillionthAreNoSignalToCompareWithButAboveItTheyAre() {
        // Kernels 1, 2^-40, 1: p = 2^-40, and y = p - s/2 makes dL/dp = s. Layer 1's gradients are s and s (RMS s,
        // the largest later one), layer 0's s·2^-40: a ratio of 2^-40, which vanishes only if s is a signal at all
        // (the rule is "largest later RMS > 1e-9").
        double a = Math.scalb(1.0, -40);
        Diagnosis atSignal = onOneRow(a - 1e-9 / 2, new double[] {1e-9 * a, 1e-9 * a, 1e-9, 1e-9, 1e-9 * a, 1e-9},
                1, a, 1);
        assertFalse(atSignal.has(FindingCode.VANISHING_GRADIENTS), atSignal::toString);
        Diagnosis above = onOneRow(a - 2e-9 / 2, new double[] {2e-9 * a, 2e-9 * a, 2e-9, 2e-9, 2e-9 * a, 2e-9},
                1, a, 1);
        assertEquals(a, above.get(FindingCode.VANISHING_GRADIENTS).get(0).evidence().get("firstToLargestLaterRatio"));
    }

    @Test
    void aRatioOfExactlyAThousandthNowIsNotVanishingSoAMissedFitIsReadAtItsStart() {
        double g = Math.scalb(1.0, -10);
        double y = 0.001 - g / 2; // as above: exactly 1e-3 with the kernels 1, 0.001, 1
        List<org.nd4j.linalg.api.ndarray.INDArray> start = chain(1, 0.0009, 1).getWeights();
        org.neurite.core.History history = new org.neurite.core.History();
        history.record(0, java.util.Map.of("loss", 0.3));
        history.record(1, java.util.Map.of("loss", 0.29));
        Diagnosis missed = Diagnostics.diagnose(chain(1, 0.001, 1), matrix(new double[][] {{1}}),
                matrix(new double[][] {{y}}), history, org.neurite.core.Goal.loss(1e-12), start);
        Finding finding = missed.get(FindingCode.VANISHING_GRADIENTS).get(0);
        assertTrue(finding.explanation().startsWith("The first layer's RMS gradient at the start of training is "),
                finding::explanation);
    }

    @Test
    void theVanishingMessageNamesEveryDistinctHiddenActivation() {
        Sequential model = compiled(2, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(2, Activation.SIGMOID),
                new Dense(2, Activation.TANH), new Dense(1, Activation.SIGMOID));
        TestModels.setWeights(model, new double[][] {{0.5, 0.5}, {0.5, 0.5}}, new double[][] {{0, 0}},
                new double[][] {{1e-4, 1e-4}, {1e-4, 1e-4}}, new double[][] {{0, 0}}, new double[][] {{0.5}, {0.5}},
                new double[][] {{0}});
        Finding finding = model.diagnose(xorX(), xorY()).get(FindingCode.VANISHING_GRADIENTS).get(0);
        assertTrue(finding.explanation().endsWith("barely learn: each sigmoid/tanh layer shrinks the gradient it "
                + "passes back."), finding::explanation);
    }

    @Test
    void aWeightlessLayerAfterTheOutputDenseLeavesTheRatioToTheLastLayerWithWeights() {
        // chain(1e-6, 1, 1e3) explodes by its first/output ratio (see above); a linear Activation layer after it
        // changes no gradient, and the ratio is still taken against the last Dense.
        Sequential model = chain(1e-6, 1, 1e3);
        List<Layer> layers = new ArrayList<>(model.layers());
        layers.add(new org.neurite.core.layers.ActivationLayer(Activation.LINEAR));
        Sequential withActivation = compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, layers.toArray(new Layer[0]));
        withActivation.setWeights(model.getWeights());
        Finding plain = onOneRow(model).get(FindingCode.EXPLODING_GRADIENTS).get(0);
        Finding finding = onOneRow(withActivation).get(FindingCode.EXPLODING_GRADIENTS).get(0);
        assertEquals(plain.evidence().get("firstToOutputRatio"), finding.evidence().get("firstToOutputRatio"));
    }

    @Test
    void aFloatModelsGradientsAreReadAsWell() {
        // chain(20, 20, 20) of theRmsGradientOfEachLayerIsTakenOverItsKernelAndBias, in FLOAT: its gradients of
        // 6.4e6 are exact in float too.
        List<Layer> layers = new ArrayList<>(List.of(new Dense(1), new Dense(1), new Dense(1)));
        Sequential model = new Sequential(layers.toArray(new Layer[0]))
                .setDataType(org.nd4j.linalg.api.buffer.DataType.FLOAT).build(1, 0);
        model.compile(new org.neurite.core.GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        model.setWeights(chain(20, 20, 20).getWeights().stream()
                .map(w -> w.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)).toList());
        Finding finding = model.diagnose(matrix(new double[][] {{1}}).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT),
                matrix(new double[][] {{0}}).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT))
                .get(FindingCode.EXPLODING_GRADIENTS).get(0);
        assertEquals(6.4e6, finding.evidence().get("rmsGradient[layer 0]"));
    }
}
