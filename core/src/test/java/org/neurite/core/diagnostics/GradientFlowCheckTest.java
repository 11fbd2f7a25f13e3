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
}
