package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.labels;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class DiagnosticsTest {
    @Test
    void diagnoseLeavesWeightsAndStepUnchanged() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.RELU),
                new Dense(1, Activation.SIGMOID));
        model.trainOnBatch(xorX(), xorY());
        List<INDArray> before = model.getWeights();
        long step = model.step();
        model.diagnose(xorX(), xorY());
        assertEquals(before, model.getWeights());
        assertEquals(step, model.step());
    }

    @Test
    void rejectsAnUncompiledModel() {
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.diagnose(xorX(), xorY()));
        assertTrue(e.getMessage().contains("compile"), e.getMessage());
    }

    @Test
    void rejectsLabelsWithAnotherRowCountNamingBothCounts() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.diagnose(xorX(), labels(0, 1, 1)));
        assertTrue(e.getMessage().startsWith("diagnose: ") && e.getMessage().contains("4")
                && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void aHealthyTrainedModelHasNoFindings() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(4, Activation.TANH),
                new Dense(1, Activation.SIGMOID));
        var history = model.fit(xorX(), xorY(), org.neurite.core.FitOptions.defaults().withEpochs(2000)
                .withBatchSize(4).withSeed(1).withVerbose(0));
        assertEquals(1.0, history.last("accuracy"));
        assertTrue(model.diagnose(xorX(), xorY(), history).isEmpty(), () -> model.diagnose(xorX(), xorY()).toString());
    }

    @Test
    void rankOneLabelsAreReadAsOneColumnAsFitDoes() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        assertEquals(model.diagnose(xorX(), xorY()).codes(), model.diagnose(xorX(), xorY().reshape(4)).codes());
    }

    @Test
    void rejectsMissingOrEmptyInputsAndWrongWidthsNamingThem() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> model.diagnose(null, xorY()));
        assertEquals("diagnose: x and y must be non-empty matrices [rows, columns]; received x=null, y=[4, 1].",
                none.getMessage());
        IllegalArgumentException noY = assertThrows(IllegalArgumentException.class, () -> model.diagnose(xorX(), null));
        assertTrue(noY.getMessage().endsWith("received x=[4, 2], y=null."), noY.getMessage());
        INDArray oneRow = xorX().getRow(0, true);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> model.diagnose(oneRow, xorY().getRow(0, true)),
                "one row is enough");
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> model.diagnose(TestModels.booleanInputs(3), labels(0, 1, 1, 0, 1, 0, 0, 1)));
        assertTrue(width.getMessage().startsWith("diagnose: "), width.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Diagnostics.diverged(null, null));
    }
}
