package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.core.Sequential;

class GemmFloorTest {
    @ParameterizedTest
    @ValueSource(strings = {"xor-tiny", "mlp-medium", "mlp-large"})
    void floorsForwardProductsGiveNeuritesLossForTheSameWeights(String name) {
        Nd4jSettings.apply();
        Workload w = Workload.named(name);
        Sequential model = w.model(3);
        model.compile(Adams.create(), w.loss());
        double neurite = model.computeGradients(w.features(), w.labels());
        GemmFloor floor = new GemmFloor(w);
        floor.setWeights(model.getWeights());
        double floorLoss = floor.forwardLoss();
        assertEquals(neurite, floorLoss, 1e-5 * Math.max(1, Math.abs(neurite)));
        floor.step(); // the timed products run on the same buffers without error
    }
}
