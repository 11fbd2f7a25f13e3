package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.core.Parameters;

class AdagradTest {
    @Test
    void singleStepMatchesHandComputedValue() {
        Adagrad adagrad = new Adagrad(0.1);
        Parameters p = Fixtures.parameters(1.0);
        Fixtures.setGradients(p, new double[] {3});
        Adagrad.State state = adagrad.init(p);
        assertEquals(0.1, state.accumulator().get(0));
        adagrad.update(p, state, 1, 0.1);
        // a = 0.1 + 9; θ = 1 − 0.1·3/√(9.1 + 1e-7)
        assertEquals(1 - 0.3 / Math.sqrt(9.1 + 1e-7), Fixtures.values(p)[0], 1e-15);
    }

    @Test
    void hundredStepsMatchTheKerasFormula() {
        double lr = 0.2;
        double[][] actual = Fixtures.trajectory(new Adagrad(lr, 0.5, 1e-4), lr, 100);
        double[] a = {0.5, 0.5, 0.5, 0.5, 0.5};
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            for (int i = 0; i < 5; i++) {
                a[i] += g[i] * g[i];
                theta[i] -= lr * g[i] / Math.sqrt(a[i] + 1e-4);
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void minimizesAQuadraticAndRosenbrock() {
        double[] q = Fixtures.minimize(new Adagrad(0.5), new double[] {3, -2, 5, 0}, 3000,
                Fixtures::quadraticGradient);
        assertArrayEquals(new double[] {-1, 0, 1, 2}, q, 1e-6);
        double[] r = Fixtures.minimize(new Adagrad(0.1), new double[] {-1.2, 1}, 30000,
                Fixtures::rosenbrockGradient);
        assertArrayEquals(new double[] {1, 1}, r, 2e-2);
    }

    @Test
    void stateSlotsRestoreTrainingBitIdentically() {
        Fixtures.assertResumesBitIdentically(new Adagrad(0.1).withClipNorm(0.7), 0.1);
    }

    @Test
    void defaultsAreKeras() {
        Adagrad d = Adagrad.defaults();
        assertEquals(0.001, d.learningRate().at(1));
        assertEquals(0.1, d.initialAccumulatorValue());
        assertEquals(1e-7, d.epsilon());
        assertEquals("adagrad", d.name());
    }

    @Test
    void rejectsBadHyperparameters() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Adagrad.defaults().withEpsilon(0))
                .getMessage().startsWith("Adagrad.epsilon must be a finite number > 0; received 0.0."));
        assertThrows(IllegalArgumentException.class, () -> Adagrad.defaults().withInitialAccumulatorValue(-1));
        assertThrows(IllegalArgumentException.class, () -> new Adagrad(Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsANullScheduleOrOptionsNamingThem() {
        assertEquals("Adagrad.learningRate must not be null. Pass a value, e.g. the default.",
                assertThrows(IllegalArgumentException.class,
                        () -> new Adagrad(null, 0.1, 1e-7, UpdateOptions.defaults())).getMessage());
        assertEquals("Adagrad.options must not be null. Pass UpdateOptions.defaults().",
                assertThrows(IllegalArgumentException.class, () -> Adagrad.defaults().withOptions(null)).getMessage());
        // The accumulator may start at 0, the edge of its range.
        assertEquals(0, new Adagrad(0.1, 0, 1e-7).initialAccumulatorValue());
    }

    @Test
    void eachWitherChangesOnlyItsOwnComponent() {
        Adagrad a = new Adagrad(0.05, 0.2, 1e-6).withClipNorm(2);
        org.neurite.core.LearningRateSchedule s = step -> 0.1 / step;
        assertEquals(new Adagrad(org.neurite.core.LearningRateSchedule.constant(0.5), 0.2, 1e-6, a.options()),
                a.withLearningRate(0.5));
        assertEquals(new Adagrad(s, 0.2, 1e-6, a.options()), a.withLearningRate(s));
        assertEquals(new Adagrad(a.learningRate(), 0.3, 1e-6, a.options()), a.withInitialAccumulatorValue(0.3));
        assertEquals(new Adagrad(a.learningRate(), 0.2, 1e-3, a.options()), a.withEpsilon(1e-3));
        UpdateOptions o = UpdateOptions.defaults().withClipValue(0.5);
        assertEquals(new Adagrad(a.learningRate(), 0.2, 1e-6, o), a.withOptions(o));
        assertEquals(2, a.options().clipNorm());
    }
}
