package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;

/** evaluate: loss and metrics over several batches of 32, against a plain-Java reduction of predict. */
class EvaluatorTest {
    @Test
    void evaluateAveragesLossAndMetricsOverEveryRowAcrossBatches() {
        Random random = new Random(41);
        int rows = 100; // three batches of 32 and one of 4
        INDArray x = Fixtures.uniform(random, rows, 3, -2, 2);
        INDArray y = Fixtures.labelsFor(Loss.BINARY_CROSSENTROPY, random, rows, 2, true);
        Sequential model = new Sequential(new Dense(5, Activation.TANH), new Dense(2, Activation.SIGMOID))
                .setDataType(DataType.DOUBLE).build(3, 8);
        model.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY, Metric.BINARY_ACCURACY, Metric.MAE);
        double[][] p = model.predict(x).toDoubleMatrix();
        double[][] labels = y.toDoubleMatrix();
        double loss = 0;
        double hits = 0;
        double mae = 0;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < 2; j++) {
                loss -= (labels[r][j] * Math.log(p[r][j]) + (1 - labels[r][j]) * Math.log(1 - p[r][j])) / 2;
                hits += ((p[r][j] > 0.5 ? 1 : 0) == labels[r][j] ? 1 : 0) / 2.0;
                mae += Math.abs(p[r][j] - labels[r][j]) / 2;
            }
        }
        Map<String, Double> scores = model.evaluate(x, y);
        assertEquals(loss / rows, scores.get("loss"), 1e-12);
        assertEquals(hits / rows, scores.get("binary_accuracy"), 1e-12);
        assertEquals(mae / rows, scores.get("mae"), 1e-12);
        assertEquals(java.util.List.of("loss", "binary_accuracy", "mae"), java.util.List.copyOf(scores.keySet()));
    }

    @Test
    void evaluateChangesNeitherWeightsNorStep() {
        Sequential model = new Sequential(new Dense(2, Activation.TANH), new Dense(1, Activation.SIGMOID)).build(2, 1);
        model.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        model.evaluate(Fixtures.xorX(), Fixtures.xorY());
        before.assertSameAs(model);
    }
}
