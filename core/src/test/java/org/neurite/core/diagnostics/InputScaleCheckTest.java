package org.neurite.core.diagnostics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Normalization;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.matrix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class InputScaleCheckTest {
    private static Sequential model() {
        return compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID));
    }

    @Test
    void namesTheColumnsBeyondTenWithTheirRangesAndProposesStandardizing() {
        Finding f = model().diagnose(matrix(new double[][] {{0, 0.5}, {1000, -0.5}, {250, 0.25}}), labels(0, 1, 1))
                .get(FindingCode.INPUT_SCALE).get(0);
        assertEquals(List.of(0), f.units(), "the columns concerned");
        assertEquals(0.0, f.evidence().get("min[column 0]"));
        assertEquals(1000.0, f.evidence().get("max[column 0]"));
        assertEquals(new Change.StandardizeInputs(), f.remedies().get(0).change());
    }

    @Test
    void inputsWithinTenOfZeroAreNeverFlagged() {
        assertFalse(model().diagnose(matrix(new double[][] {{-10, 0}, {10, 1}, {3, -7}}), labels(0, 1, 1))
                .has(FindingCode.INPUT_SCALE));
    }

    @Test
    void inputsTheModelsOwnNormalizationStandardizesAreNotFlagged() {
        INDArray x = matrix(new double[][] {{0, 0.5}, {1000, -0.5}, {250, 0.25}});
        Sequential model = compiled(2, 0.1, Loss.BINARY_CROSSENTROPY, new Normalization().adapt(x),
                new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID));
        assertFalse(model.diagnose(x, labels(0, 1, 1)).has(FindingCode.INPUT_SCALE));
    }
}
