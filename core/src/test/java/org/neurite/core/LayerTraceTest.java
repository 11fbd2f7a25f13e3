package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.junit.jupiter.api.Test;
import org.neurite.core.layers.Dense;

class LayerTraceTest {
    private static Sequential model(DataType type) {
        Sequential m = new Sequential(new Dense(5, Activation.TANH), new Dense(3, Activation.LINEAR))
                .setDataType(type).build(4, 11);
        m.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        return m;
    }

    private static INDArray rows(DataType type, int rows) {
        Nd4j.getRandom().setSeed(3);
        return Nd4j.rand(type, rows, 4).subi(0.5);
    }

    @Test
    void outputsAndPreActivationsMatchPredictAndAHandComputedFirstLayerAcrossPredictBatches() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Sequential m = model(type);
            int rows = 2 * Predictor.MAX_ROWS + 300; // three forward batches
            INDArray x = rows(type, rows);
            LayerTrace.Result trace = LayerTrace.trace(m, x, Nd4j.zeros(type, rows, 3));
            INDArray predicted = m.predict(x);
            INDArray kernel = m.getWeights().get(0);
            INDArray bias = m.getWeights().get(1);
            assertEquals(rows, trace.outputs().length);
            for (int r : new int[] {0, Predictor.MAX_ROWS - 1, Predictor.MAX_ROWS, rows - 1}) {
                double[] expected = predicted.getRow(r).castTo(DataType.DOUBLE).toDoubleVector();
                assertArrayEquals(expected, trace.outputs()[r], 0, type + " row " + r);
                assertArrayEquals(expected, trace.z().get(1)[r], 0, "linear output: z is the output");
                for (int u = 0; u < 5; u++) {
                    double z = bias.getDouble(u);
                    for (int i = 0; i < 4; i++) {
                        z += x.getDouble(r, i) * kernel.getDouble(i, u);
                    }
                    assertEquals(z, trace.z().get(0)[r][u], type == DataType.FLOAT ? 1e-5 : 1e-12);
                }
            }
        }
    }

    @Test
    void rejectsANonFiniteInputNamingItsRowAndColumn() {
        Sequential m = model(DataType.FLOAT);
        INDArray x = rows(DataType.FLOAT, 10);
        x.putScalar(7, 2, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerTrace.trace(m, x, Nd4j.zeros(DataType.FLOAT, 10, 3)));
        assertTrue(e.getMessage().contains("row 7, column 2"), e.getMessage());
    }

    @Test
    void rejectsNonFiniteLabels() {
        Sequential m = model(DataType.FLOAT);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 10, 3);
        y.putScalar(4, 1, Double.POSITIVE_INFINITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerTrace.trace(m, rows(DataType.FLOAT, 10), y));
        assertTrue(e.getMessage().contains("diagnose: labels") && e.getMessage().contains("row 4, column 1"),
                e.getMessage());
    }
}
