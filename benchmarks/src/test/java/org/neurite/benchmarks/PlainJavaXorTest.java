package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Sequential;

class PlainJavaXorTest {
    @Test
    void plainJavaStepComputesNeuritesLossAndAdamUpdateForTheSameWeights() {
        Nd4jSettings.apply();
        Workload w = Workload.XOR_TINY;
        Sequential model = w.model(5);
        model.compile(Adams.create(), w.loss());
        PlainJavaXor xor = new PlainJavaXor(Workload.LEARNING_RATE);
        xor.setWeights(model.getWeights());
        INDArray x = w.features();
        INDArray y = w.labels();
        for (int step = 0; step < 3; step++) {
            double neurite = model.trainOnBatch(x, y);
            double plain = xor.step();
            assertEquals(neurite, plain, 1e-6, "loss at step " + step);
        }
        float[] plainParams = xor.parameters();
        List<INDArray> weights = model.getWeights();
        int offset = 0;
        for (INDArray weight : weights) {
            float[] values = weight.dup('c').data().asFloat();
            for (int i = 0; i < values.length; i++) {
                assertEquals(values[i], plainParams[offset + i], 1e-6, "parameter " + (offset + i));
            }
            offset += values.length;
        }
    }
}
