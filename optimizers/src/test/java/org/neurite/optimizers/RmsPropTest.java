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
}
