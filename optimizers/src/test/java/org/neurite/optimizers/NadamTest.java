package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NadamTest {
    @Test
    void hundredStepsMatchTheKerasFormula() {
        double lr = 0.05;
        double b1 = 0.9;
        double b2 = 0.99;
        double eps = 1e-4;
        double[][] actual = Fixtures.trajectory(new Nadam(lr, b1, b2, eps), lr, 100);
        double[] m = new double[5];
        double[] v = new double[5];
        double[] product = {1};
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            double ut = b1 * (1 - 0.5 * Math.pow(0.96, t));
            double ut1 = b1 * (1 - 0.5 * Math.pow(0.96, t + 1));
            product[0] *= ut;
            double productT1 = product[0] * ut1;
            for (int i = 0; i < 5; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                double mHat = ut1 * m[i] / (1 - productT1) + (1 - ut) * g[i] / (1 - product[0]);
                double vHat = v[i] / (1 - Math.pow(b2, t));
                theta[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void minimizesAQuadraticAndRosenbrock() {
        double[] q = Fixtures.minimize(new Nadam(0.05), new double[] {3, -2, 5, 0}, 3000,
                Fixtures::quadraticGradient);
        assertArrayEquals(new double[] {-1, 0, 1, 2}, q, 1e-3);
        double[] r = Fixtures.minimize(new Nadam(0.01), new double[] {-1.2, 1}, 10000,
                Fixtures::rosenbrockGradient);
        assertArrayEquals(new double[] {1, 1}, r, 1e-2);
    }

    @Test
    void stateSlotsIncludingTheMomentumProductRestoreTrainingBitIdentically() {
        Fixtures.assertResumesBitIdentically(Nadam.defaults().withLearningRate(0.05), 0.05);
        assertTrue(Nadam.defaults().init(Fixtures.parameters(1, 2)).slots().containsKey("u_product"));
    }

    @Test
    void defaultsAreKeras() {
        Nadam d = Nadam.defaults();
        assertEquals(0.001, d.learningRate().at(1));
        assertEquals(0.9, d.beta1());
        assertEquals(0.999, d.beta2());
        assertEquals(1e-7, d.epsilon());
        assertEquals("nadam", d.name());
    }

    @Test
    void rejectsBadHyperparameters() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Nadam.defaults().withBeta1(1))
                .getMessage().startsWith("Nadam.beta1 must be in [0, 1); received 1.0."));
        assertThrows(IllegalArgumentException.class, () -> Nadam.defaults().withBeta2(1));
        assertThrows(IllegalArgumentException.class, () -> Nadam.defaults().withEpsilon(Double.NaN));
    }

    @Test
    void eachWitherChangesOnlyItsOwnComponent() {
        Nadam a = new Nadam(0.05, 0.8, 0.99, 1e-5).withClipNorm(2);
        org.neurite.core.LearningRateSchedule s = step -> 0.1 / step;
        assertEquals(new Nadam(org.neurite.core.LearningRateSchedule.constant(0.5), 0.8, 0.99, 1e-5, a.options()),
                a.withLearningRate(0.5));
        assertEquals(new Nadam(s, 0.8, 0.99, 1e-5, a.options()), a.withLearningRate(s));
        assertEquals(new Nadam(a.learningRate(), 0.7, 0.99, 1e-5, a.options()), a.withBeta1(0.7));
        assertEquals(new Nadam(a.learningRate(), 0.8, 0.9, 1e-5, a.options()), a.withBeta2(0.9));
        assertEquals(new Nadam(a.learningRate(), 0.8, 0.99, 1e-3, a.options()), a.withEpsilon(1e-3));
        UpdateOptions o = UpdateOptions.defaults().withClipValue(0.5);
        assertEquals(new Nadam(a.learningRate(), 0.8, 0.99, 1e-5, o), a.withOptions(o));
        assertEquals(2, a.options().clipNorm());
    }
}
