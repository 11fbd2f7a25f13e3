package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;

class MidwaySnapshotTest {
    private static Sequential model() {
        return new Sequential(new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID)).build(2, 5);
    }

    private static List<INDArray> scaled(Sequential m, double factor) {
        List<INDArray> out = new ArrayList<>();
        for (INDArray w : m.getWeights()) {
            out.add(w.mul(factor));
        }
        return out;
    }

    @Test
    void copiesTheWeightsAtTheEndOfTheMiddleEpochOnlyAndKeepsThemWhenTheyChangeLater() {
        Sequential m = model();
        MidwaySnapshot snapshot = new MidwaySnapshot(m.network(), 0, 10);
        m.setWeights(scaled(m, 2));
        snapshot.onEpochEnd(3, Map.of(), null);
        assertNull(snapshot.weights(), "epoch index 3 is not the middle of 10");
        List<INDArray> middle = m.getWeights();
        snapshot.onEpochEnd(4, Map.of(), null); // after 5 of 10 epochs
        m.setWeights(scaled(m, 3));
        snapshot.onEpochEnd(5, Map.of(), null);
        assertNotNull(snapshot.weights());
        assertEquals(middle, snapshot.weights(), "the copy of epoch 4's weights, untouched by later changes");
    }

    @Test
    void countsTheMiddleFromTheInitialEpochAndSkipsFitsShorterThanFourEpochs() {
        Sequential m = model();
        MidwaySnapshot resumed = new MidwaySnapshot(m.network(), 2, 10); // epochs 2..9: the middle ends epoch 5
        resumed.onEpochEnd(4, Map.of(), null);
        assertNull(resumed.weights());
        resumed.onEpochEnd(5, Map.of(), null);
        assertEquals(m.getWeights(), resumed.weights());
        MidwaySnapshot shortFit = new MidwaySnapshot(m.network(), 0, MidwaySnapshot.MIN_EPOCHS - 1);
        for (int e = -1; e < MidwaySnapshot.MIN_EPOCHS; e++) {
            shortFit.onEpochEnd(e, Map.of(), null);
        }
        assertNull(shortFit.weights(), "a 3-epoch fit has no middle worth reading");
    }
}
