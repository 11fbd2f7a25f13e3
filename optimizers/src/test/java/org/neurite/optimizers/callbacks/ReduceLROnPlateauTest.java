package org.neurite.optimizers.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.optimizers.Sgd;
import org.neurite.optimizers.callbacks.ReduceLROnPlateau.Mode;

class ReduceLROnPlateauTest {
    @Test
    void reducesAfterPatienceEpochsWithoutImprovement() {
        ReduceLROnPlateau r = new ReduceLROnPlateau("val_loss", 0.5, 2, 0.01, 0, 0, Mode.AUTO);
        assertEquals(1.0, r.observe(1.0, 1.0));
        assertEquals(1.0, r.observe(0.995, 1.0), "an improvement smaller than minDelta counts as none (wait 1)");
        assertEquals(0.5, r.observe(0.999, 1.0), "wait reaches patience 2");
        assertEquals(0.5, r.observe(0.5, 0.5), "a real improvement resets the wait");
        assertEquals(0.5, r.observe(0.6, 0.5));
        assertEquals(0.25, r.observe(0.6, 0.5), 1e-15);
    }

    @Test
    void cooldownPausesCountingAfterAReduction() {
        ReduceLROnPlateau r = new ReduceLROnPlateau("loss", 0.1, 1, 0, 2, 0, Mode.MIN);
        r.observe(1.0, 1.0);
        assertEquals(0.1, r.observe(1.0, 1.0));
        assertEquals(0.1, r.observe(1.0, 0.1), "cooldown 2 -> 1: not counted");
        // As Keras: the epoch that brings the cooldown to 0 already counts (wait 1 >= patience 1).
        assertEquals(0.01, r.observe(1.0, 0.1), 1e-15, "cooldown 1 -> 0, counting again");
    }

    @Test
    void neverGoesBelowMinLr() {
        ReduceLROnPlateau r = new ReduceLROnPlateau("loss", 0.1, 0, 0, 0, 0.05, Mode.MIN);
        assertEquals(0.2, r.observe(1.0, 0.2), "the first value improves on +inf");
        assertEquals(0.05, r.observe(1.0, 0.2), "0.2·0.1 is clamped to minLr");
        assertEquals(0.05, r.observe(1.0, 0.05), "at the floor nothing changes");
    }

    @Test
    void autoModeMaximizesAccuracyMonitors() {
        ReduceLROnPlateau r = new ReduceLROnPlateau("val_accuracy", 0.5, 1, 0, 0, 0, Mode.AUTO);
        r.observe(0.5, 1.0);
        assertEquals(1.0, r.observe(0.75, 1.0), "higher accuracy is an improvement");
        assertEquals(0.5, r.observe(0.25, 1.0));
        ReduceLROnPlateau recall = new ReduceLROnPlateau("val_recall", 0.5, 1, 0, 0, 0, Mode.AUTO);
        recall.observe(0.5, 1.0);
        assertEquals(1.0, recall.observe(0.75, 1.0), "higher recall is an improvement, as Keras's direction 'up'");
    }

    @Test
    void maxModeNeedsMoreThanMinDeltaAndPatienceCountsFromOne() {
        // Keras: improvement is current > best + minDelta, strictly; 0.5 + 0.25 is exactly 0.75.
        ReduceLROnPlateau r = new ReduceLROnPlateau("val_accuracy", 0.5, 2, 0.25, 0, 0, Mode.MAX);
        assertEquals(1.0, r.observe(0.5, 1.0));
        assertEquals(1.0, r.observe(0.75, 1.0), "exactly best + minDelta is no improvement (wait 1 < patience 2)");
        assertEquals(0.5, r.observe(0.74, 1.0), "wait 2 reaches patience 2");
        assertEquals(0.5, r.observe(0.76, 0.5), "0.76 > 0.5 + 0.25 improves and resets the wait");
        assertEquals(0.5, r.observe(0.9, 0.5), "0.9 is not above 0.76 + 0.25 (wait 1)");
        assertEquals(0.25, r.observe(0.9, 0.5), 1e-15);
    }

    @Test
    void scalesTheLearningRateOfAnyOptimizerDuringFit() {
        Sequential model = new Sequential(new Dense(1));
        model.compile(new Sgd(0.01), Loss.MEAN_SQUARED_ERROR);
        // minDelta is huge, so only the first epoch improves; each later epoch halves the rate, down to 0.003.
        ReduceLROnPlateau r = new ReduceLROnPlateau("loss", 0.5, 1, 1e9, 0, 0.003, Mode.MIN);
        model.fit(Nd4j.rand(8, 2), Nd4j.rand(8, 1),
                FitOptions.defaults().withEpochs(5).withBatchSize(4).withVerbose(0).withCallbacks(r));
        assertEquals(0.003, model.currentLearningRate(), 1e-15);
        assertEquals(0.3, model.learningRateFactor(), 1e-15);
    }

    @Test
    void rejectsFactorOfOneOrMoreAndNegativeCounts() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReduceLROnPlateau.defaults().withFactor(1))
                .getMessage().contains("ReduceLROnPlateau.factor must be in (0, 1); received 1.0"));
        assertThrows(IllegalArgumentException.class, () -> ReduceLROnPlateau.defaults().withPatience(-1));
        assertThrows(IllegalArgumentException.class, () -> ReduceLROnPlateau.defaults().withMinLr(-1));
        assertThrows(IllegalArgumentException.class, () -> ReduceLROnPlateau.defaults().withMonitor(" "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReduceLROnPlateau.defaults().withFactor(0))
                .getMessage().contains("received 0.0"));
    }

    @Test
    void eachFitStartsAfreshAsKeras() {
        ReduceLROnPlateau r = new ReduceLROnPlateau("loss", 0.5, 2, 0, 0, 0, Mode.MIN);
        r.observe(0.5, 1.0);
        assertEquals(1.0, r.observe(0.6, 1.0), "wait 1");
        r.onTrainBegin(null);
        assertEquals(1.0, r.observe(0.6, 1.0), "the best is forgotten: 0.6 improves on +inf");
        assertEquals(1.0, r.observe(0.7, 1.0), "wait 1 again, not 2");
    }

    @Test
    void eachWitherChangesOnlyItsOwnSetting() {
        // Losses fall by 1/64 an epoch, so two epochs make exactly minDelta = 1/32: no improvement (Keras's
        // strict "current < best − minDelta"), and the third counts again. By hand: patience 2 reduces on the
        // epochs 4, 7, 10 and 13; each reduction's cooldown of 1 lets the next epoch set a new best.
        ReduceLROnPlateau base = new ReduceLROnPlateau("loss", 0.5, 2, 1.0 / 32, 1, 0.1, Mode.MIN);
        List<Double> reference = learningRates(base);
        assertEquals(List.of(1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125, 0.125, 0.125, 0.1, 0.1),
                reference, "three halvings, then max(0.0625, minLr 0.1)");
        List<ReduceLROnPlateau[]> pairs = List.of(
                new ReduceLROnPlateau[] {base.withFactor(0.25), new ReduceLROnPlateau("loss", 0.25, 2, 1.0 / 32, 1, 0.1, Mode.MIN)},
                new ReduceLROnPlateau[] {base.withPatience(3), new ReduceLROnPlateau("loss", 0.5, 3, 1.0 / 32, 1, 0.1, Mode.MIN)},
                new ReduceLROnPlateau[] {base.withMinDelta(0), new ReduceLROnPlateau("loss", 0.5, 2, 0, 1, 0.1, Mode.MIN)},
                new ReduceLROnPlateau[] {base.withCooldown(3), new ReduceLROnPlateau("loss", 0.5, 2, 1.0 / 32, 3, 0.1, Mode.MIN)},
                new ReduceLROnPlateau[] {base.withMinLr(0.2), new ReduceLROnPlateau("loss", 0.5, 2, 1.0 / 32, 1, 0.2, Mode.MIN)},
                new ReduceLROnPlateau[] {base.withMode(Mode.MAX), new ReduceLROnPlateau("loss", 0.5, 2, 1.0 / 32, 1, 0.1, Mode.MAX)});
        for (ReduceLROnPlateau[] pair : pairs) {
            List<Double> changed = learningRates(pair[1]);
            assertNotEquals(reference, changed, "each changed setting changes the reductions of this sequence");
            assertEquals(changed, learningRates(pair[0]), "the wither keeps every other setting");
            assertEquals(pair[1].monitor(), pair[0].monitor());
            assertEquals(pair[1].mode(), pair[0].mode());
        }
        assertEquals(Mode.MAX, base.withMode(Mode.MAX).mode());
        assertEquals(Mode.MIN, base.mode());
        ReduceLROnPlateau renamed = base.withMonitor("val_loss");
        assertEquals("val_loss", renamed.monitor());
        assertEquals(reference, learningRates(renamed));
        ReduceLROnPlateau auto = base.withMonitor("val_accuracy").withMode(Mode.AUTO);
        assertEquals(learningRates(base.withMode(Mode.MAX)), learningRates(auto), "AUTO maximizes an accuracy");
    }

    /** The learning rate after each epoch of a slowly falling loss, fed back as a fit would. */
    private static List<Double> learningRates(ReduceLROnPlateau r) {
        List<Double> rates = new ArrayList<>();
        double lr = 1.0;
        for (int epoch = 0; epoch < 14; epoch++) {
            double loss = epoch == 0 ? 1.0 : 0.875 - (epoch - 1) / 64.0;
            lr = r.observe(loss, lr);
            rates.add(lr);
        }
        return rates;
    }

    @Test
    void aMonitorTheLogsWillNotHoldIsRejectedBeforeTraining() {
        ReduceLROnPlateau r = ReduceLROnPlateau.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.validate(java.util.Set.of("loss", "accuracy")));
        assertTrue(e.getMessage().contains("val_loss"), e.getMessage());
        r.validate(java.util.Set.of("loss", "val_loss"));
    }

    @Test
    void anEpochWhoseLogsLackTheMonitorChangesNothing() {
        ReduceLROnPlateau r = new ReduceLROnPlateau("val_loss", 0.5, 0, 0, 0, 0, Mode.MIN);
        r.onEpochEnd(0, java.util.Map.of("loss", 1.0), null); // no context needed: nothing is read or set
        assertEquals(1.0, r.observe(1.0, 1.0), "the first value still improves on +inf");
    }
}
