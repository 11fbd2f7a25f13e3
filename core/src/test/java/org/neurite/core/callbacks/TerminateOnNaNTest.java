package org.neurite.core.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.History;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Loss;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.core.Sequential;

class TerminateOnNaNTest {
    /** Gradient descent that writes {@code value} into flat element {@code index} at step {@code atStep}. */
    record Saboteur(long atStep, int index, double value) implements Optimizer<OptimizerState> {
        @Override
        public String name() {
            return "saboteur";
        }

        @Override
        public LearningRateSchedule learningRate() {
            return LearningRateSchedule.constant(0.1);
        }

        @Override
        public OptimizerState init(Parameters parameters) {
            return Map::of;
        }

        @Override
        public void update(Parameters p, OptimizerState state, long step, double lr) {
            for (int i = 0; i < p.count(); i++) {
                p.valueMatrix().set(i, p.valueMatrix().get(i) - lr * p.gradientMatrix().get(i));
            }
            if (step == atStep) {
                p.valueMatrix().set(index, value);
            }
        }
    }

    private static Sequential model(Optimizer<?> optimizer) {
        // Layout of the flat buffer: a/kernel [2,3] at 0..5, a/bias [3] at 6..8, b/kernel [3,2] at 9..14,
        // b/bias at 15..16, c/kernel [2,1] at 17..18, c/bias at 19.
        Sequential model = new Sequential(new Dense(3, Activation.TANH).withName("a"),
                new Dense(2, Activation.TANH).withName("b"), new Dense(1, Activation.SIGMOID).withName("c"))
                .build(2, 1);
        model.compile(optimizer, Loss.BINARY_CROSSENTROPY);
        return model;
    }

    @Test
    void stopsAtTheStepAndNamesTheLayerAndWeightWhereTheFirstNonFiniteValueAppeared() {
        TerminateOnNaN terminate = new TerminateOnNaN();
        Sequential model = model(new Saboteur(5, 11, Double.POSITIVE_INFINITY));
        History history = model.fit(Scripted.x(), Scripted.y(), Scripted.options(10, terminate));
        TerminateOnNaN.Incident incident = terminate.incident();
        assertEquals(5, incident.step());
        assertEquals(5, model.step(), "no step after the incident");
        assertEquals(2, incident.epoch());
        assertEquals(0, incident.batch());
        assertEquals("b", incident.layer());
        assertEquals(1, incident.layerIndex());
        assertEquals("b/kernel", incident.parameter());
        assertEquals(2, incident.element());
        assertEquals(Double.POSITIVE_INFINITY, incident.value());
        assertEquals(3, history.size());
        assertTrue(incident.message().contains("step 5") && incident.message().contains("layer 'b'")
                && incident.message().contains("b/kernel element 2"), incident.message());
    }

    @Test
    void theFirstLayerInOrderIsNamedWhenSeveralHoldNonFiniteValues() {
        TerminateOnNaN terminate = new TerminateOnNaN();
        Sequential model = model(new Saboteur(1, 7, Double.NaN));
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(3, terminate));
        assertEquals("a/bias", terminate.incident().parameter());
        assertEquals(1, terminate.incident().element());
        assertEquals(1, terminate.incident().step());
    }

    /** Mean squared error whose reported loss turns NaN from step {@code from} on; gradients stay finite. */
    static final class NanLoss implements Loss {
        private final int from;
        private int calls;

        NanLoss(int from) {
            this.from = from;
        }

        @Override
        public String name() {
            return "nan_loss";
        }

        @Override
        public String incompatibility(Activation output, int units) {
            return null;
        }

        @Override
        public String invalidLabel(double label, int outputUnits) {
            return null;
        }

        @Override
        public double sum(double[] p, double[] y, int rows, int width) {
            return ++calls >= from ? Double.NaN : Loss.MEAN_SQUARED_ERROR.sum(p, y, rows, width);
        }

        @Override
        public void gradient(double[] p, double[] y, double[] grad, int rows, int width) {
            Loss.MEAN_SQUARED_ERROR.gradient(p, y, grad, rows, width);
        }
    }

    @Test
    void aNonFiniteLossWithFiniteWeightsNamesTheOutputLayer() {
        TerminateOnNaN terminate = new TerminateOnNaN();
        Sequential model = new Sequential(new Dense(3, Activation.TANH).withName("a"),
                new Dense(1, Activation.SIGMOID).withName("out")).build(2, 1);
        model.compile(new Saboteur(-1, 0, 0), new NanLoss(4));
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(5, terminate));
        TerminateOnNaN.Incident incident = terminate.incident();
        assertEquals(4, incident.step());
        assertEquals("out", incident.layer());
        assertNull(incident.parameter());
        assertTrue(Double.isNaN(incident.loss()));
        assertTrue(incident.message().contains("every weight is finite") && incident.message().contains("'out'"),
                incident.message());
    }

    @Test
    void healthyTrainingRunsToTheEndWithoutAnIncident() {
        TerminateOnNaN terminate = new TerminateOnNaN();
        History history = model(new Saboteur(-1, 0, 0)).fit(Scripted.x(), Scripted.y(),
                Scripted.options(4, terminate));
        assertNull(terminate.incident());
        assertEquals(4, history.size());
    }
}
