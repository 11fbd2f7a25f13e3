package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class GaussianNoiseTest {
    @Test
    void trainingAddsZeroMeanNoiseOfTheGivenDeviation() {
        LayerFixtures.Probe probe = new LayerFixtures.Probe();
        Sequential model = LayerFixtures.doubleModel(10, 1, Loss.MEAN_SQUARED_ERROR, new GaussianNoise(0.5), probe,
                new Dense(1));
        model.computeGradients(Nd4j.zeros(2000, 10), Nd4j.zeros(2000, 1));
        INDArray noise = probe.seen.get(0);
        assertEquals(0, noise.meanNumber().doubleValue(), 0.02);
        assertEquals(0.5, noise.stdNumber().doubleValue(), 0.01);
    }

    @Test
    void inferenceIsTheIdentity() {
        INDArray x = LayerFixtures.uniform(1, 4, 3, -1, 1);
        Sequential model = LayerFixtures.doubleModel(3, 1, Loss.MEAN_SQUARED_ERROR, new GaussianNoise(3),
                new Dense(2));
        assertEquals(x, model.layerOutputs(x).get(0));
    }

    @Test
    void backwardMatchesCentralDifferencesWithTheStepsFixedNoise() {
        Sequential model = LayerFixtures.doubleModel(3, 3, Loss.MEAN_SQUARED_ERROR, new Dense(4, Activation.TANH),
                new GaussianNoise(0.3), new Dense(2, Activation.TANH));
        LayerFixtures.assertGradientsMatch(model, LayerFixtures.uniform(2, 6, 3, -1, 1),
                LayerFixtures.uniform(3, 6, 2, -1, 1));
    }

    @Test
    void rejectsANegativeOrNonFiniteStddevNamingTheValue() {
        for (double stddev : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new GaussianNoise(stddev));
            assertTrue(e.getMessage().contains("stddev=" + stddev) && e.getMessage().contains(">= 0"),
                    e.getMessage());
        }
    }

    @Test
    void configUsesKerasFieldNamesAndRoundTrips() {
        GaussianNoise g = new GaussianNoise(0.2).withSeed(3).withName("noise");
        assertEquals("{stddev=0.2, seed=3}", g.config().toString());
        java.util.Map<String, Object> config = new java.util.LinkedHashMap<>(g.config());
        config.put("name", "noise");
        assertEquals(g, LayerConfig.layer("GaussianNoise", config));
    }
}
