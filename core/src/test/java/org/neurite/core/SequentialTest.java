package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SequentialTest {
    static INDArray xorX() {
        return Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    }

    static INDArray xorY() {
        return Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}});
    }

    @Test
    void twoFourOneTanhSigmoidModelLearnsXorWithGradientDescent() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(1.0), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        History history = model.fit(xorX(), xorY(),
                FitOptions.defaults().withEpochs(2000).withBatchSize(4).withSeed(1).withVerbose(0));
        Map<String, Double> scores = model.evaluate(xorX(), xorY());
        assertEquals(1.0, scores.get("binary_accuracy"), () -> "history " + history.loss().subList(1990, 2000)
                + " predictions " + model.predict(xorX()));
        assertTrue(history.last("loss") < history.loss().get(0));
    }
}
