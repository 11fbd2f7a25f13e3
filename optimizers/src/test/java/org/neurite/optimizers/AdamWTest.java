package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.core.Parameters;

class AdamWTest {
    @Test
    void singleStepDecaysBeforeTheAdamUpdate() {
        AdamW adamw = new AdamW(0.5, 0.1);
        Parameters p = Fixtures.parameters(1, 2, 3, 4);
        Fixtures.setGradients(p, new double[] {1, 6, 7, 2});
        adamw.update(p, adamw.init(p), 1, 0.5);
        // θ·(1 − 0.1·0.5) then Keras's golden Adam step of ≈ −0.5 (ε̂ shifts it by < 1e-5).
        assertArrayEquals(new double[] {0.95 - 0.5, 1.9 - 0.5, 2.85 - 0.5, 3.8 - 0.5}, Fixtures.values(p), 1e-5);
    }

    @Test
    void hundredStepsMatchDecoupledWeightDecayFormula() {
        double lr = 0.05;
        double wd = 0.3;
        double[][] actual = Fixtures.trajectory(new AdamW(lr, wd), lr, 100);
        double[] m = new double[5];
        double[] v = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            double alpha = lr * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            for (int i = 0; i < 5; i++) {
                theta[i] -= theta[i] * wd * lr;
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                theta[i] -= alpha * m[i] / (Math.sqrt(v[i]) + 1e-7);
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void minimizesAQuadraticAndRosenbrockWithoutDecay() {
        AdamW noDecay = new AdamW(0.05, 0);
        double[] q = Fixtures.minimize(noDecay, new double[] {3, -2, 5, 0}, 3000, Fixtures::quadraticGradient);
        assertArrayEquals(new double[] {-1, 0, 1, 2}, q, 1e-3);
        double[] r = Fixtures.minimize(noDecay.withLearningRate(0.01), new double[] {-1.2, 1}, 10000,
                Fixtures::rosenbrockGradient);
        assertArrayEquals(new double[] {1, 1}, r, 1e-2);
    }

    @Test
    void decayShrinksTheQuadraticMinimumTowardsZero() {
        // With decay the fixed point satisfies g·(Adam's normalisation) = −wd·θ: it must sit nearer 0 than the
        // undecayed minimum θ* = 2 for the last coordinate.
        double[] q = Fixtures.minimize(new AdamW(0.01, 0.5), new double[] {3, -2, 5, 0}, 5000,
                Fixtures::quadraticGradient);
        assertTrue(q[3] < 2 - 1e-3 && q[3] > 0, "θ₃ = " + q[3]);
    }

    @Test
    void stateSlotsRestoreTrainingBitIdentically() {
        Fixtures.assertResumesBitIdentically(AdamW.defaults().withClipValue(0.5), 0.02);
    }

    @Test
    void defaultsAreKeras() {
        AdamW d = AdamW.defaults();
        assertEquals(0.004, d.options().weightDecay());
        assertEquals(0.001, d.learningRate().at(7));
        assertEquals("adamw", d.name());
    }

    @Test
    void rejectsNegativeWeightDecay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AdamW(0.001, -0.1));
        assertTrue(e.getMessage().contains("weightDecay must be a finite number >= 0") && e.getMessage().contains(
                "-0.1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AdamW.defaults().withBeta1(1.5));
    }

    @Test
    void eachWitherChangesOnlyItsOwnComponent() {
        AdamW a = new AdamW(0.05, 0.01).withBeta1(0.8).withBeta2(0.99).withEpsilon(1e-5);
        org.neurite.core.LearningRateSchedule s = step -> 0.1 / step;
        assertEquals(new AdamW(org.neurite.core.LearningRateSchedule.constant(0.5), 0.8, 0.99, 1e-5, false,
                a.options()), a.withLearningRate(0.5));
        assertEquals(new AdamW(s, 0.8, 0.99, 1e-5, false, a.options()), a.withLearningRate(s));
        assertEquals(new AdamW(a.learningRate(), 0.7, 0.99, 1e-5, false, a.options()), a.withBeta1(0.7));
        assertEquals(new AdamW(a.learningRate(), 0.8, 0.9, 1e-5, false, a.options()), a.withBeta2(0.9));
        assertEquals(new AdamW(a.learningRate(), 0.8, 0.99, 1e-3, false, a.options()), a.withEpsilon(1e-3));
        assertEquals(new AdamW(a.learningRate(), 0.8, 0.99, 1e-5, true, a.options()), a.withAmsgrad(true));
        UpdateOptions o = UpdateOptions.defaults().withWeightDecay(0.2);
        assertEquals(new AdamW(a.learningRate(), 0.8, 0.99, 1e-5, false, o), a.withOptions(o));
        assertEquals(0.01, a.options().weightDecay());
        assertEquals(0.8, a.beta1());
        assertEquals(0.99, a.beta2());
        assertEquals(1e-5, a.epsilon());
    }
}
