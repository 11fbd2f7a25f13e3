package org.neurite.core.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.History;
import org.neurite.core.Sequential;

class EarlyStoppingTest {
    private static EarlyStopping.Config score() {
        return EarlyStopping.Config.defaults().withMonitor("score");
    }

    private static int stopEpoch(EarlyStopping.Config config, double... values) {
        EarlyStopping stopping = new EarlyStopping(config);
        History h = Scripted.model().fit(Scripted.x(), Scripted.y(),
                Scripted.options(values.length, Scripted.script("score", values), stopping));
        assertEquals(stopping.stoppedEpoch() < 0 ? values.length : stopping.stoppedEpoch() + 1, h.size());
        return stopping.stoppedEpoch();
    }

    @Test
    void stopsOncePatienceEpochsPassWithoutImprovement() {
        assertEquals(3, stopEpoch(score().withPatience(2), 5, 4, 4.5, 4.2, 4.1, 3));
        assertEquals(-1, stopEpoch(score().withPatience(2), 5, 4, 3, 2, 1));
    }

    @Test
    void patienceZeroStopsAtTheFirstEpochWithoutImprovementAfterTheFirst() {
        assertEquals(2, stopEpoch(score(), 5, 4, 4, 3));
    }

    @Test
    void changesSmallerThanMinDeltaAreNotImprovements() {
        assertEquals(1, stopEpoch(score().withMinDelta(0.1).withPatience(1), 5, 4.95, 4.9, 4.85));
        assertEquals(-1, stopEpoch(score().withMinDelta(0.01).withPatience(1), 5, 4.95, 4.9, 4.85));
    }

    @Test
    void maxModeAndAutoModeForAccuracyWantRisingValues() {
        assertEquals(2, stopEpoch(score().withMode(Mode.MAX).withPatience(1), 0.1, 0.2, 0.15, 0.3));
        EarlyStopping stopping = new EarlyStopping(EarlyStopping.Config.defaults().withMonitor("my_acc")
                .withPatience(1));
        Scripted.model().fit(Scripted.x(), Scripted.y(),
                Scripted.options(4, Scripted.script("my_acc", 0.1, 0.2, 0.15, 0.3), stopping));
        assertEquals(2, stopping.stoppedEpoch());
        assertEquals(0.2, stopping.best());
    }

    @Test
    void baselineMustBeBeatenBeforePatienceRestarts() {
        assertEquals(2, stopEpoch(score().withPatience(2), 0.9, 0.95, 0.97, 0.99));
        assertEquals(1, stopEpoch(score().withPatience(2).withBaseline(0.5), 0.9, 0.95, 0.97, 0.99));
    }

    @Test
    void restoresTheBestWeightsAtTheEndEvenWhenStoppingNeverTriggered() {
        List<List<INDArray>> perEpoch = Scripted.list();
        EarlyStopping stopping = new EarlyStopping(score().withPatience(10).withRestoreBestWeights(true));
        Sequential model = Scripted.model();
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(4, Scripted.script("score", 3, 1, 2, 2.5),
                Scripted.recorder(perEpoch), stopping));
        assertEquals(-1, stopping.stoppedEpoch());
        assertEquals(1, stopping.bestEpoch());
        assertEquals(Scripted.bits(perEpoch.get(1)), Scripted.bits(model.getWeights()));
        assertNotEquals(Scripted.bits(perEpoch.get(3)), Scripted.bits(model.getWeights()));
    }

    @Test
    void restoresTheBestWeightsWhenItStops() {
        List<List<INDArray>> perEpoch = Scripted.list();
        EarlyStopping stopping = new EarlyStopping(score().withPatience(1).withRestoreBestWeights(true));
        Sequential model = Scripted.model();
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(5, Scripted.script("score", 3, 1, 2, 0, 0),
                Scripted.recorder(perEpoch), stopping));
        assertEquals(2, stopping.stoppedEpoch());
        assertEquals(Scripted.bits(perEpoch.get(1)), Scripted.bits(model.getWeights()));
    }

    @Test
    void monitorsValAccuracyOfASparseSoftmaxClassifierAsKerasUsersWriteIt() {
        // "accuracy" on class-index labels resolves to sparse categorical accuracy but is logged as accuracy.
        Sequential model = new Sequential(
                new org.neurite.core.layers.Dense(4, org.neurite.core.Activation.TANH),
                new org.neurite.core.layers.Dense(3, org.neurite.core.Activation.SOFTMAX)).build(2, 3);
        model.compile("gd", "sparse_categorical_crossentropy", "accuracy");
        INDArray labels = org.nd4j.linalg.factory.Nd4j.createFromArray(
                new float[][] {{0}, {1}, {2}, {0}, {1}, {2}});
        EarlyStopping stopping = new EarlyStopping(EarlyStopping.Config.defaults().withMonitor("val_accuracy")
                .withPatience(1));
        History h = model.fit(Scripted.x(), labels, Scripted.options(5, stopping)
                .withValidationSplit(0.5).withDiagnose(false));
        assertTrue(h.history().containsKey("val_accuracy") && h.history().containsKey("accuracy"),
                h.history().keySet().toString());
        assertEquals(h.get("val_accuracy").stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                stopping.best());
    }

    @Test
    void aMonitorStillMissingAfterTheFirstEpochIsAnErrorNamingTheLogs() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Scripted.model().fit(
                Scripted.x(), Scripted.y(), Scripted.options(2, new EarlyStopping(score().withMonitor("recall")))));
        assertTrue(e.getMessage().contains("'recall'") && e.getMessage().contains("loss")
                && e.getMessage().contains("accuracy"), e.getMessage());
    }

    @Test
    void rejectsInvalidSettingsNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> score().withPatience(-1)).getMessage()
                .contains("patience=-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> score().withMinDelta(Double.NaN))
                .getMessage().contains("minDelta"));
    }

    @Test
    void monitoringValLossWithoutValidationDataFailsBeforeTheFirstStep() {
        Sequential model = Scripted.model();
        String before = Scripted.bits(model.getWeights());
        LambdaCallback trained = LambdaCallback.defaults().withOnBatchBegin((batch, ctx) -> {
            throw new AssertionError("a batch ran");
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.fit(Scripted.x(),
                Scripted.y(), Scripted.options(3, new EarlyStopping(EarlyStopping.Config.defaults()), trained)));
        assertTrue(e.getMessage().startsWith("EarlyStopping monitors 'val_loss' but this fit has no validation data")
                && e.getMessage().contains("withValidationData"), e.getMessage());
        assertEquals(before, Scripted.bits(model.getWeights()));
        assertEquals(0, model.step());
    }

    @Test
    void theShortConstructorSetsMonitorAndPatienceAndKeepsKerasDefaults() {
        EarlyStopping shortForm = new EarlyStopping("score", 2);
        History h = Scripted.model().fit(Scripted.x(), Scripted.y(),
                Scripted.options(6, Scripted.script("score", 5, 4, 4.5, 4.2, 4.1, 3), shortForm));
        assertEquals(3, shortForm.stoppedEpoch());
        assertEquals(4, h.size());
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping("loss", -1));
    }
}
