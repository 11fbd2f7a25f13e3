package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.matrix;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import java.util.ArrayList;
import java.util.List;
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
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            layers.add(new Dense(4).withKernelInitializer(Initializer.constant(3)));
        }
        layers.add(new Dense(1).withKernelInitializer(Initializer.constant(3)));
        Sequential model = compiled(4, 0.1, Loss.MEAN_SQUARED_ERROR, layers.toArray(new Layer[0]));
        Diagnosis diagnosis = model.diagnose(matrix(new double[][] {{1, 1, 1, 1}, {1, 0, 1, 0}}),
                matrix(new double[][] {{0}, {1}}));
        assertTrue(diagnosis.has(FindingCode.EXPLODING_GRADIENTS), diagnosis::toString);
        assertTrue(diagnosis.get(FindingCode.EXPLODING_GRADIENTS).get(0).evidence().values().stream()
                .anyMatch(v -> v > GradientFlowCheck.EXPLODING_RMS));
    }
}
