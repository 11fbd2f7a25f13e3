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

    /** The constant predictor's BCE on XOR's balanced labels, as the check computes it (ln 2). */
    private static final double BASELINE = ConstantPredictor.loss("binary_crossentropy",
            DiagnosticData.toDouble(xorY()), 1);

    /** A model whose output is exactly 0.5 everywhere; with a hidden tanh layer or without. */
    private static Sequential half(boolean hidden) {
        Sequential model = hidden
                ? compiled(2, 0.5, Loss.BINARY_CROSSENTROPY, new Dense(2, Activation.TANH), new Dense(1, Activation.SIGMOID))
                : compiled(2, 0.5, Loss.BINARY_CROSSENTROPY, new Dense(1, Activation.SIGMOID));
        if (hidden) {
            setWeights(model, new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, 0}}, new double[][] {{0}, {0}},
                    new double[][] {{0}});
        } else {
            setWeights(model, new double[][] {{0}, {0}}, new double[][] {{0}});
        }
        return model;
    }

    private static java.util.List<Finding> plateau(Sequential model, History history) {
        return Diagnostics.diagnose(model, xorX(), xorY(), history, null).get(FindingCode.PLATEAU);
    }

    @Test
    void aPlateauAtTheConstantPredictorsLossCarriesItsEvidenceAndRemedies() {
        assertEquals(Math.log(2), BASELINE, 1e-15);
        Finding finding = plateau(half(true), history(30, e -> BASELINE)).get(0);
        assertEquals(Map.of("lastLoss", BASELINE, "constantPredictorLoss", BASELINE, "epochsWithoutImprovement", 20.0,
                "outputMin", 0.5, "outputMax", 0.5), finding.evidence());
        assertEquals("The loss has not improved for 20 epochs and sits at 0.6931, the loss of a constant predictor "
                + "(0.6931): the network outputs about the same value (0.5000 to 0.5000) for every input.",
                finding.explanation());
        assertEquals(java.util.List.of(new org.neurite.core.Change.Units(0, 5),
                new org.neurite.core.Change.LearningRate(0.1, 0.05)),
                finding.remedies().stream().map(r -> r.change()).toList());
        Finding noHidden = plateau(half(false), history(30, e -> BASELINE)).get(0);
        assertEquals(java.util.List.of(new org.neurite.core.Change.LearningRate(0.1, 0.05)),
                noHidden.remedies().stream().map(r -> r.change()).toList(), "no hidden layer to widen");
    }

    @Test
    void anImprovementOfExactlyAThousandthOfTheBaselineInTheLastTwentyEpochsIsProgress() {
        double improved = BASELINE - 1e-3 * BASELINE;
        assertTrue(plateau(half(false), history(21, e -> e == 0 ? BASELINE : improved)).isEmpty());
        double less = BASELINE - 0.5e-3 * BASELINE;
        assertEquals(1, plateau(half(false), history(21, e -> e == 0 ? BASELINE : less)).size(), "half of it is not");
    }

    @Test
    void aLastLossFourPercentFromTheBaselineIsAtItAndSixPercentIsNot() {
        assertEquals(1, plateau(half(false), history(25, e -> 1.04 * BASELINE)).size());
        assertTrue(plateau(half(false), history(25, e -> 1.06 * BASELINE)).isEmpty());
        assertTrue(plateau(half(false), history(25, e -> 0.94 * BASELINE)).isEmpty());
    }

    @Test
    void constantLabelsHaveNoConstantPredictorLossToPlateauAt() {
        // Labels all 1: the constant predictor's BCE is 0, and a flat loss of 0 is no plateau.
        java.util.List<Finding> found = Diagnostics.diagnose(half(false), xorX(), TestModels.labels(1, 1, 1, 1),
                history(25, e -> 0.0), null).get(FindingCode.PLATEAU);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aLastLossExactlyFivePercentFromTheBaselineIsStillAtIt() {
        // Labels -6, -2, 2, 6: the constant predictor's MSE is their variance, 80 / 4 = 20, and 5% of it is exactly
        // 1 (0.05 · 20 rounds to 1.0). A flat loss of 21 or 19 is exactly 1 away: "within 5%" includes 5%.
        java.util.function.DoubleFunction<java.util.List<Finding>> flatAt = loss -> Diagnostics.diagnose(
                compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(1)), TestModels.matrix(new double[][] {{0}, {1},
                        {2}, {3}}), TestModels.labels(-6, -2, 2, 6), history(25, e -> loss), null)
                .get(FindingCode.PLATEAU);
        assertEquals(20.0, flatAt.apply(21).get(0).evidence().get("constantPredictorLoss"));
        assertEquals(1, flatAt.apply(19).size());
        assertTrue(flatAt.apply(Math.nextUp(21.0)).isEmpty(), "just beyond 5%");
    }
}
