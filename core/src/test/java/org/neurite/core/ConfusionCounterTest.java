package org.neurite.core;

import org.neurite.core.layers.Dense;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ConfusionCounterTest {
    @Test
    void countsTrueAgainstPredictedClassesOfASoftmaxClassifier() {
        Random random = new Random(21);
        INDArray x = Fixtures.uniform(random, 30, 2, -2, 2);
        INDArray y = Fixtures.labelsFor(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, random, 30, 3, false);
        Sequential model = new Sequential(new Dense(3, Activation.SOFTMAX)).setDataType(DataType.DOUBLE).build(2, 2);
        model.compile(new GradientDescent(0.1), Loss.SPARSE_CATEGORICAL_CROSSENTROPY);
        double[][] p = model.predict(x).toDoubleMatrix();
        double[] labels = y.toDoubleVector();
        long[][] expected = new long[3][3];
        for (int r = 0; r < 30; r++) {
            int best = 0;
            for (int j = 1; j < 3; j++) {
                best = p[r][j] > p[r][best] ? j : best;
            }
            expected[(int) labels[r]][best]++;
        }
        assertArrayEquals(expected, model.confusionMatrix(x, y).toArray());
    }

    @Test
    void aTrainedSigmoidClassifierOnXorHasADiagonalMatrix() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID)).build(2, 1);
        model.compile(new GradientDescent(1.0), Loss.BINARY_CROSSENTROPY);
        model.fit(Fixtures.xorX(), Fixtures.xorY(), FitOptions.defaults().withEpochs(3000).withBatchSize(4)
                .withVerbose(0).withDiagnose(false));
        assertArrayEquals(new long[][] {{2, 0}, {0, 2}}, model.confusionMatrix(Fixtures.xorX(), Fixtures.xorY())
                .toArray(), () -> model.predict(Fixtures.xorX()).toString());
    }

    @Test
    void rejectsMultiLabelModelsAndLabelsThatAreNotClasses() {
        Sequential multiLabel = new Sequential(new Dense(2, Activation.SIGMOID)).build(2, 1);
        multiLabel.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> multiLabel.confusionMatrix(Fixtures.xorX(), Nd4j.zeros(DataType.FLOAT, 4, 2)));
        assertTrue(e.getMessage().contains("multi-label"), e.getMessage());
        Sequential binary = new Sequential(new Dense(1, Activation.SIGMOID)).build(2, 1);
        binary.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        INDArray soft = Nd4j.createFromArray(new float[][] {{0}, {0.3f}, {1}, {0}});
        e = assertThrows(IllegalArgumentException.class, () -> binary.confusionMatrix(Fixtures.xorX(), soft));
        assertTrue(e.getMessage().contains("0.3") && e.getMessage().contains("row 1"), e.getMessage());
        Sequential uncompiled = new Sequential(new Dense(1, Activation.SIGMOID)).build(2, 1);
        assertThrows(IllegalStateException.class, () -> uncompiled.confusionMatrix(Fixtures.xorX(), Fixtures.xorY()));
    }
}
