package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Parameters;

class RmsPropTest {
    @Test
    void singleStepMatchesHandComputedValue() {
        RmsProp rms = new RmsProp(0.1);
        Parameters p = Fixtures.parameters(1.0);
        Fixtures.setGradients(p, new double[] {2});
        rms.update(p, rms.init(p), 1, 0.1);
        // s = 0.1·4 = 0.4; θ = 1 − 0.1·2/√(0.4 + 1e-7)
        assertEquals(1 - 0.2 / Math.sqrt(0.4 + 1e-7), Fixtures.values(p)[0], 1e-15);
    }

    @Test
    void hundredStepsMatchTheKerasFormula() {
        double lr = 0.02;
        double[][] actual = Fixtures.trajectory(new RmsProp(lr, 0.8, 0, 1e-3, false), lr, 100);
        double[] s = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                s[i] = 0.8 * s[i] + 0.2 * g[i] * g[i];
                theta[i] -= lr * g[i] / Math.sqrt(s[i] + 1e-3);
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void hundredCenteredMomentumStepsMatchTheKerasFormula() {
        double lr = 0.01;
        double[][] actual = Fixtures.trajectory(new RmsProp(lr, 0.9, 0.5, 1e-2, true), lr, 100);
        double[] s = new double[5];
        double[] avg = new double[5];
        double[] u = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                s[i] = 0.9 * s[i] + 0.1 * g[i] * g[i];
                avg[i] = 0.9 * avg[i] + 0.1 * g[i];
                u[i] = 0.5 * u[i] + lr * g[i] / Math.sqrt(s[i] - avg[i] * avg[i] + 1e-2);
                theta[i] -= u[i];
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void minimizesAQuadraticAndRosenbrock() {
        double[] q = Fixtures.minimize(new RmsProp(0.01), new double[] {3, -2, 5, 0}, 3000,
                Fixtures::quadraticGradient);
        assertArrayEquals(new double[] {-1, 0, 1, 2}, q, 1e-2);
        double[] r = Fixtures.minimize(new RmsProp(0.001), new double[] {-1.2, 1}, 20000,
                Fixtures::rosenbrockGradient);
        assertArrayEquals(new double[] {1, 1}, r, 2e-2);
    }

    @Test
    void stateSlotsRestoreTrainingBitIdentically() {
        RmsProp full = new RmsProp(0.01, 0.9, 0.5, 1e-3, true);
        Fixtures.assertResumesBitIdentically(full.withWeightDecay(0.1), 0.01);
        assertEquals(List.of("velocity", "momentum", "average_gradient"),
                List.copyOf(full.init(Fixtures.parameters(1, 2)).slots().keySet()));
    }

    @Test
    void afterOneStepEachSlotHoldsKerasValue() {
        // ρ = 0.8, μ = 0.5, centered, g = 2: s = 0.2·4, ḡ = 0.2·2, u = lr·g/√(s − ḡ² + ε).
        RmsProp rms = new RmsProp(0.1, 0.8, 0.5, 1e-2, true);
        Parameters p = Fixtures.parameters(1.0);
        Fixtures.setGradients(p, new double[] {2});
        RmsProp.State state = rms.init(p);
        rms.update(p, state, 1, 0.1);
        double u = 0.1 * 2 / Math.sqrt(0.8 - 0.16 + 1e-2);
        assertEquals(0.8, state.slots().get("velocity").getDouble(0), 1e-15);
        assertEquals(0.4, state.slots().get("average_gradient").getDouble(0), 1e-15);
        assertEquals(u, state.slots().get("momentum").getDouble(0), 1e-15);
        assertEquals(1 - u, Fixtures.values(p)[0], 1e-15);
    }

    @Test
    void defaultsAreKeras() {
        RmsProp d = RmsProp.defaults();
        assertEquals(0.001, d.learningRate().at(1));
        assertEquals(0.9, d.rho());
        assertEquals(0, d.momentum());
        assertEquals(1e-7, d.epsilon());
        assertEquals("rmsprop", d.name());
    }

    @Test
    void rejectsBadHyperparameters() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RmsProp.defaults().withRho(1))
                .getMessage().startsWith("RmsProp.rho must be in [0, 1); received 1.0."));
        assertThrows(IllegalArgumentException.class, () -> RmsProp.defaults().withMomentum(1));
        assertThrows(IllegalArgumentException.class, () -> RmsProp.defaults().withEpsilon(-1e-7));
    }

    @Test
    void rejectsANullScheduleOrOptionsNamingThem() {
        assertEquals("RmsProp.learningRate must not be null. Pass a value, e.g. the default.",
                assertThrows(IllegalArgumentException.class,
                        () -> new RmsProp(null, 0.9, 0, 1e-7, false, UpdateOptions.defaults())).getMessage());
        assertEquals("RmsProp.options must not be null. Pass UpdateOptions.defaults().",
                assertThrows(IllegalArgumentException.class,
                        () -> RmsProp.defaults().withOptions(null)).getMessage());
    }

    @Test
    void eachWitherChangesOnlyItsOwnComponent() {
        RmsProp a = new RmsProp(0.05, 0.8, 0.5, 1e-5, false).withClipNorm(2);
        org.neurite.core.LearningRateSchedule s = step -> 0.1 / step;
        assertEquals(new RmsProp(org.neurite.core.LearningRateSchedule.constant(0.5), 0.8, 0.5, 1e-5, false,
                a.options()), a.withLearningRate(0.5));
        assertEquals(new RmsProp(s, 0.8, 0.5, 1e-5, false, a.options()), a.withLearningRate(s));
        assertEquals(new RmsProp(a.learningRate(), 0.7, 0.5, 1e-5, false, a.options()), a.withRho(0.7));
        assertEquals(new RmsProp(a.learningRate(), 0.8, 0.25, 1e-5, false, a.options()), a.withMomentum(0.25));
        assertEquals(new RmsProp(a.learningRate(), 0.8, 0.5, 1e-3, false, a.options()), a.withEpsilon(1e-3));
        assertEquals(new RmsProp(a.learningRate(), 0.8, 0.5, 1e-5, true, a.options()), a.withCentered(true));
        UpdateOptions o = UpdateOptions.defaults().withClipValue(0.5);
        assertEquals(new RmsProp(a.learningRate(), 0.8, 0.5, 1e-5, false, o), a.withOptions(o));
        assertEquals(2, a.options().clipNorm());
    }
}
