package org.neurite.core.layers;

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

class ActivationLayerTest {
    private static final INDArray X = LayerFixtures.uniform(11, 5, 3, -1, 1);

    @Test
    void aDenseThenAnActivationLayerTrainsBitIdenticallyToTheFusedDense() {
        INDArray y = Nd4j.createFromArray(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
        Sequential split = LayerFixtures.doubleModel(3, 4, Loss.CATEGORICAL_CROSSENTROPY, new Dense(4),
                new ActivationLayer("relu"), new Dense(3), new ActivationLayer(Activation.SOFTMAX));
        Sequential fused = LayerFixtures.doubleModel(3, 4, Loss.CATEGORICAL_CROSSENTROPY,
                new Dense(4, Activation.RELU), new Dense(3, Activation.SOFTMAX));
        fused.setWeights(split.getWeights());
        for (int i = 0; i < 3; i++) {
            assertEquals(fused.trainOnBatch(X, y), split.trainOnBatch(X, y));
        }
        assertEquals(fused.getWeights(), split.getWeights());
        assertEquals(fused.predict(X), split.predict(X));
    }

    @Test
    void backwardMatchesCentralDifferences() {
        Sequential model = LayerFixtures.doubleModel(3, 2, Loss.MEAN_SQUARED_ERROR, new Dense(4),
                new ActivationLayer("tanh"), new Dense(2), new ActivationLayer("sigmoid"));
        LayerFixtures.assertGradientsMatch(model, X, LayerFixtures.uniform(12, 5, 2, 0, 1));
    }

    @Test
    void rejectsAMissingOrUnknownActivationNamingTheKnownOnes() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new ActivationLayer((Activation) null));
        assertTrue(none.getMessage().contains("relu"), none.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new ActivationLayer("rleu"));
        assertTrue(unknown.getMessage().contains("rleu"), unknown.getMessage());
    }

    @Test
    void isNamedActivationAsInKerasAndRoundTripsItsConfig() {
        Sequential model = new Sequential(new Dense(2), new ActivationLayer("tanh")).build(3);
        assertEquals(List.of("dense", "activation"), model.layerNames());
        assertEquals("{activation=tanh}", new ActivationLayer("tanh").config().toString());
        assertEquals(new ActivationLayer(Activation.TANH, "act"),
                LayerConfig.layer("Activation", java.util.Map.of("activation", "tanh", "name", "act")));
    }
}
