package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.core.diagnostics.TestModels.compiled;
import static org.neurite.core.diagnostics.TestModels.setWeights;
import static org.neurite.core.diagnostics.TestModels.xorX;
import static org.neurite.core.diagnostics.TestModels.xorY;

import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

class PlateauCheckTest {
    private static Sequential deadReluNet() {
        Sequential model = compiled(2, 1.0, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.RELU),
                new Dense(1, Activation.SIGMOID));
        setWeights(model, new double[][] {{-1, -1}, {-1, -1}}, new double[][] {{-1, -1}}, new double[][] {{1}, {1}},
                new double[][] {{2}});
        return model;
    }

    private static History history(int epochs, IntToDoubleFunction loss) {
        History history = new History();
        for (int e = 0; e < epochs; e++) {
            history.record(e, Map.of("loss", loss.applyAsDouble(e)));
        }
        return history;
    }

    @Test
    void aNetworkThatLearnedOnlyTheLabelMeanIsAtAPlateauAtLnTwo() {
        Sequential model = deadReluNet();
        History history = model.fit(xorX(), xorY(), FitOptions.defaults().withEpochs(200).withBatchSize(4)
                .withVerbose(0));
        Finding plateau = model.diagnose(xorX(), xorY(), history).get(FindingCode.PLATEAU).get(0);
        assertEquals(Math.log(2), plateau.evidence().get("constantPredictorLoss"), 1e-12);
        assertEquals(Math.log(2), plateau.evidence().get("lastLoss"), 1e-3);
        assertEquals(0.5, plateau.evidence().get("outputMin"), 1e-2);
        assertEquals(0.5, plateau.evidence().get("outputMax"), 1e-2);
    }

    @Test
    void aLossStillFallingIsNoPlateau() {
        Sequential model = deadReluNet();
        History history = history(40, e -> Math.log(2) - 0.002 * e);
        assertFalse(model.diagnose(xorX(), xorY(), history).has(FindingCode.PLATEAU));
    }

    @Test
    void aStallFarFromTheConstantPredictorsLossIsNoPlateau() {
        Sequential model = deadReluNet();
        assertFalse(model.diagnose(xorX(), xorY(), history(40, e -> 0.4774)).has(FindingCode.PLATEAU));
    }

    @Test
    void aFlatHistoryAtLnTwoIsAPlateauButOnlyOncePatienceHasPassed() {
        Sequential model = deadReluNet();
        assertTrue(model.diagnose(xorX(), xorY(), history(PlateauCheck.PATIENCE + 1, e -> 0.6931))
                .has(FindingCode.PLATEAU));
        assertFalse(model.diagnose(xorX(), xorY(), history(PlateauCheck.PATIENCE, e -> 0.6931))
                .has(FindingCode.PLATEAU));
        assertFalse(model.diagnose(xorX(), xorY()).has(FindingCode.PLATEAU));
    }
}
