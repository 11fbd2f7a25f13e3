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

    private static Finding inputScale(org.nd4j.linalg.api.ndarray.INDArray x) {
        Sequential model = new Sequential(new Dense(1)).setDataType(x.dataType()).build((int) x.size(1), 0);
        model.compile(new org.neurite.core.GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        java.util.List<Finding> found = model.diagnose(x, org.nd4j.linalg.factory.Nd4j.zeros(x.dataType(), x.size(0), 1))
                .get(FindingCode.INPUT_SCALE);
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void fiveColumnsAreShownAndTheRestCounted() {
        double[][] six = {{11, -12, 13, 14, 15, 16, 0.5}, {20, -30, 40, 50, 60, 70, -0.5}};
        Finding finding = inputScale(matrix(six));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), finding.units());
        assertEquals("6 of 7 input columns are far from unit scale (column 0 in [11, 20], column 1 in [-30, -12], "
                + "column 2 in [13, 40], column 3 in [14, 50], column 4 in [15, 60], and 1 more), so the first layer "
                + "starts with large z: sigmoid and tanh saturate and the gradients grow with the inputs.",
                finding.explanation());
        assertEquals(6.0, finding.evidence().get("columnsBeyondLimit"));
        assertEquals(70.0, finding.evidence().get("largestMagnitude"));
        assertFalse(finding.evidence().containsKey("min[column 5]"), "only the shown columns");
        double[][] five = {{11, -12, 13, 14, 15, 0.5}, {20, -30, 40, 50, 60, -0.5}};
        assertFalse(inputScale(matrix(five)).explanation().contains("more"));
    }

    @Test
    void columnRangesAreReadFromFloatAndColumnMajorInputsAlike() {
        double[][] values = {{11, -12, 0.5}, {20, -30, -0.5}, {15, -20, 0}};
        java.util.Map<String, Double> expected = java.util.Map.of("columnsBeyondLimit", 2.0, "largestMagnitude", 30.0,
                "min[column 0]", 11.0, "max[column 0]", 20.0, "min[column 1]", -30.0, "max[column 1]", -12.0);
        assertEquals(expected, inputScale(matrix(values)).evidence());
        assertEquals(expected, inputScale(matrix(values).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)).evidence());
        assertEquals(expected, inputScale(matrix(values).dup('f')).evidence());
        assertEquals(expected, inputScale(matrix(values).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('f'))
                .evidence(), "FLOAT columns are read from the raw buffer, which must be row-major");
        assertEquals(10.1, inputScale(matrix(new double[][] {{10.1}, {-0.5}})).evidence().get("max[column 0]"),
                "DOUBLE inputs are read in double, not through float");
        org.nd4j.linalg.api.ndarray.INDArray wider = matrix(new double[][] {{11, -12, 0.5, 99}, {20, -30, -0.5, 99},
            {15, -20, 0, 99}});
        org.nd4j.linalg.api.ndarray.INDArray view = wider.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 3));
        assertEquals(expected, inputScale(view).evidence(), "a view of the first three columns");
    }

    @Test
    void onlyTheFirstTenThousandRowsAreExamined() {
        double[][] rows = new double[DiagnosticData.MAX_ROWS + 1][1];
        rows[DiagnosticData.MAX_ROWS][0] = 1000;
        org.nd4j.linalg.api.ndarray.INDArray x = matrix(rows);
        org.nd4j.linalg.api.ndarray.INDArray y = matrix(new double[rows.length][1]);
        Sequential model = compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(1));
        assertFalse(model.diagnose(x, y).has(FindingCode.INPUT_SCALE), "row 10,000 lies beyond the examined rows");
        rows[DiagnosticData.MAX_ROWS - 1][0] = 1000;
        assertEquals(1000.0, model.diagnose(matrix(rows), y).get(FindingCode.INPUT_SCALE).get(0).evidence()
                .get("largestMagnitude"), "row 9,999 is the last one examined");
    }
}
