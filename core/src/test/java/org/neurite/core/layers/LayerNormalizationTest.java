package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class LayerNormalizationTest {
    private static final INDArray X = LayerFixtures.uniform(5, 6, 3, -2, 2);
    private static final INDArray Y = LayerFixtures.uniform(6, 6, 2, -1, 1);

    @Test
    void backwardMatchesCentralDifferences() {
        Sequential model = LayerFixtures.doubleModel(3, 4, Loss.MEAN_SQUARED_ERROR, new Dense(5, Activation.TANH),
                new LayerNormalization(), new Dense(2));
        LayerFixtures.assertGradientsMatch(model, X, Y);
    }

    @Test
    void normalizesEachRowOverItsFeaturesWithGammaAndBeta() {
        // Row [1, 2, 3]: μ = 2, σ² = 2/3, so x̂ = (x − 2)/√(2/3 + 1e-3) = [−1.2238273448, 0, 1.2238273448].
        Sequential model = LayerFixtures.doubleModel(3, 1, Loss.MEAN_SQUARED_ERROR, new LayerNormalization());
        model.setWeights(List.of(Nd4j.createFromArray(1.0, 2.0, 3.0), Nd4j.createFromArray(0.0, 0.5, -1.0)));
        INDArray y = model.predict(Nd4j.createFromArray(new double[][] {{1, 2, 3}, {1, 2, 3}}));
        double x = 1.2238273448265007;
        assertArrayEquals(new double[] {-x, 0.5, 3 * x - 1}, y.getRow(1).toDoubleVector(), 1e-12);
    }

    @Test
    void rejectsANonPositiveEpsilonAndAnAxisOtherThanTheFeaturesNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayerNormalization().withEpsilon(-1));
        assertTrue(e.getMessage().contains("epsilon=-1.0") && e.getMessage().contains("1e-3"), e.getMessage());
        LayerNormalization d = new LayerNormalization();
        e = assertThrows(IllegalArgumentException.class, () -> new LayerNormalization(0, d.epsilon(), d.center(),
                d.scale(), d.betaInitializer(), d.gammaInitializer(), null));
        assertTrue(e.getMessage().contains("axis=0") && e.getMessage().contains("-1 or 1")
                && e.getMessage().contains("default is -1"), e.getMessage());
    }

    @Test
    void configUsesKerasFieldNamesAndRoundTrips() {
        LayerNormalization ln = new LayerNormalization().withCenter(false).withName("ln");
        java.util.Map<String, Object> config = new java.util.LinkedHashMap<>(ln.config());
        assertEquals(List.of("axis", "epsilon", "center", "scale", "beta_initializer", "gamma_initializer"),
                List.copyOf(config.keySet()));
        config.put("name", "ln");
        assertEquals(ln, LayerConfig.layer("LayerNormalization", config));
    }
}
