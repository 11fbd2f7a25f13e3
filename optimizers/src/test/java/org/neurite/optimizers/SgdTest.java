package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.core.Parameters;

class SgdTest {
    @Test
    void singleStepsMatchHandComputedValues() {
        Parameters p = Fixtures.parameters(1, 2);
        Sgd sgd = new Sgd(0.1, 0.9, false);
        Sgd.State state = sgd.init(p);
        Fixtures.setGradients(p, new double[] {1, -2});
        sgd.update(p, state, 1, 0.1);
        // v = 0.9·0 − 0.1·g = [−0.1, 0.2]; θ = [0.9, 2.2]
        assertArrayEquals(new double[] {0.9, 2.2}, Fixtures.values(p), 1e-15);
        sgd.update(p, state, 2, 0.1);
        // v = 0.9·[−0.1, 0.2] − 0.1·g = [−0.19, 0.38]; θ = [0.71, 2.58]
        assertArrayEquals(new double[] {0.71, 2.58}, Fixtures.values(p), 1e-15);
        assertArrayEquals(new double[] {-0.19, 0.38}, state.momentum().array().toDoubleVector(), 1e-15);
    }

    @Test
    void hundredPlainStepsMatchTheFormula() {
        double[][] actual = Fixtures.trajectory(new Sgd(0.05), 0.05, 100);
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                theta[i] -= 0.05 * g[i];
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void hundredMomentumStepsMatchKerasVelocityForm() {
        double[][] actual = Fixtures.trajectory(new Sgd(0.03, 0.8, false), 0.03, 100);
        double[] v = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                v[i] = 0.8 * v[i] - 0.03 * g[i];
                theta[i] += v[i];
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void hundredNesterovStepsMatchTheFormula() {
        double[][] actual = Fixtures.trajectory(new Sgd(0.03, 0.8, true), 0.03, 100);
        double[] v = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                v[i] = 0.8 * v[i] - 0.03 * g[i];
                theta[i] += 0.8 * v[i] - 0.03 * g[i];
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
        double[][] classical = Fixtures.trajectory(new Sgd(0.03, 0.8, false), 0.03, 100);
        assertTrue(Fixtures.maxDiff(classical[99], actual[99]) > 1e-6, "Nesterov must change the trajectory");
    }

    @Test
    void equalsPyTorchBufferFormUnderAConstantRate() {
        double[][] keras = Fixtures.trajectory(new Sgd(0.03, 0.8, false), 0.03, 100);
        double[] b = new double[5];
        double[][] torch = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                b[i] = t == 1 ? g[i] : 0.8 * b[i] + g[i];
                theta[i] -= 0.03 * b[i];
            }
        });
        Fixtures.assertTrajectory(torch, keras, 1e-12);
    }

    @Test
    void underAScheduleTheVelocityCarriesEachStepsRateAsKeras() {
        org.neurite.core.LearningRateSchedule schedule =
                new org.neurite.optimizers.schedules.ExponentialDecay(0.05, 10, 0.5, false);
        Sgd sgd = new Sgd(0.05, 0.8, false).withLearningRate(schedule);
        assertEquals(schedule, sgd.learningRate());
        Parameters p = Fixtures.parameters(Fixtures.start());
        Sgd.State state = sgd.init(p);
        double[] theta = Fixtures.start();
        double[] v = new double[5];
        for (int t = 1; t <= 100; t++) {
            double lr = sgd.learningRate().at(t);
            Fixtures.setGradients(p, Fixtures.gradient(Fixtures.values(p), t));
            sgd.update(p, state, t, lr);
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                v[i] = 0.8 * v[i] - lr * g[i];
                theta[i] += v[i];
            }
        }
        assertArrayEquals(theta, Fixtures.values(p), 1e-12);
    }

    @Test
    void rejectsAStateCreatedWithoutPerArrayClipping() {
        Parameters p = Fixtures.parameters(1, 2);
        Sgd.State plain = new Sgd(0.1).init(p);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sgd(0.1).withClipNorm(1).update(p, plain, 1, 0.1));
        assertTrue(e.getMessage().contains("without clipNorm"), e.getMessage());
    }

    @Test
    void minimizesAQuadraticAndRosenbrock() {
        double[] q = Fixtures.minimize(new Sgd(0.1, 0.5, false), new double[] {3, -2, 5, 0}, 500,
                Fixtures::quadraticGradient);
        assertArrayEquals(new double[] {-1, 0, 1, 2}, q, 1e-6);
        double[] r = Fixtures.minimize(new Sgd(0.001, 0.9, true), new double[] {-1.2, 1}, 20000,
                Fixtures::rosenbrockGradient);
        assertArrayEquals(new double[] {1, 1}, r, 1e-3);
    }

    @Test
    void stateSlotsRestoreTrainingBitIdentically() {
        Fixtures.assertResumesBitIdentically(new Sgd(0.03, 0.8, true).withGlobalClipNorm(2.0), 0.03);
        assertTrue(Sgd.defaults().init(Fixtures.parameters(1, 2)).slots().isEmpty(), "no momentum, no slot");
    }

    @Test
    void defaultsAreKeras() {
        assertEquals(0.01, Sgd.defaults().learningRate().at(1));
        assertEquals(0, Sgd.defaults().momentum());
        assertEquals("sgd", Sgd.defaults().name());
    }

    @Test
    void rejectsMomentumOutsideTheUnitInterval() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sgd(0.01, 1.0, false));
        assertTrue(e.getMessage().startsWith("Sgd.momentum must be in [0, 1); received 1.0."), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sgd.defaults().withMomentum(-0.5));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(0));
    }

    @Test
    void rejectsANullScheduleOrOptionsNamingThem() {
        assertEquals("Sgd.learningRate must not be null. Pass a value, e.g. the default.",
                assertThrows(IllegalArgumentException.class,
                        () -> new Sgd(null, 0, false, UpdateOptions.defaults())).getMessage());
        assertEquals("Sgd.options must not be null. Pass UpdateOptions.defaults().",
                assertThrows(IllegalArgumentException.class, () -> Sgd.defaults().withOptions(null)).getMessage());
    }

    @Test
    void eachWitherChangesOnlyItsOwnComponent() {
        Sgd a = new Sgd(0.05, 0.8, false).withClipNorm(2);
        org.neurite.core.LearningRateSchedule s = step -> 0.1 / step;
        assertEquals(new Sgd(org.neurite.core.LearningRateSchedule.constant(0.5), 0.8, false, a.options()),
                a.withLearningRate(0.5));
        assertEquals(new Sgd(s, 0.8, false, a.options()), a.withLearningRate(s));
        assertEquals(new Sgd(a.learningRate(), 0.25, false, a.options()), a.withMomentum(0.25));
        assertEquals(new Sgd(a.learningRate(), 0.8, true, a.options()), a.withNesterov(true));
        UpdateOptions o = UpdateOptions.defaults().withClipValue(0.5);
        assertEquals(new Sgd(a.learningRate(), 0.8, false, o), a.withOptions(o));
        assertEquals(2, a.options().clipNorm());
    }
}
