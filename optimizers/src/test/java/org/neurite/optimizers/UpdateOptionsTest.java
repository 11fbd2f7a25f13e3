package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Parameters;

class UpdateOptionsTest {
    /** One plain SGD step at lr 1 from θ = 0, so θ becomes −(transformed gradient). */
    private static double[] transformedGradient(UpdateOptions options, double[] g, int... views) {
        Parameters p = Fixtures.parameters(DataType.DOUBLE, new double[g.length], views);
        Fixtures.setGradients(p, g);
        Sgd sgd = new Sgd(1).withOptions(options);
        sgd.update(p, sgd.init(p), 1, 1);
        double[] out = Fixtures.values(p);
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return out;
    }

    @Test
    void clipNormRescalesEachWeightArraySeparately() {
        // view 0: [3, 4] has norm 5 > 2, scaled by 2/5; view 1: [0.6, 0.8] has norm 1 <= 2, untouched.
        double[] g = transformedGradient(UpdateOptions.defaults().withClipNorm(2), new double[] {3, 4, 0.6, 0.8}, 2, 2);
        assertArrayEquals(new double[] {1.2, 1.6, 0.6, 0.8}, g, 1e-15);
    }

    @Test
    void globalClipNormRescalesAllArraysTogether() {
        // global norm √(9 + 16 + 144) = 13 > 6.5, everything scaled by 0.5.
        double[] g = transformedGradient(UpdateOptions.defaults().withGlobalClipNorm(6.5), new double[] {3, 4, 12},
                2, 1);
        assertArrayEquals(new double[] {1.5, 2, 6}, g, 1e-15);
        double[] small = transformedGradient(UpdateOptions.defaults().withGlobalClipNorm(20), new double[] {3, 4, 12},
                2, 1);
        assertArrayEquals(new double[] {3, 4, 12}, small, 0);
    }

    @Test
    void clipValueClampsEachElement() {
        double[] g = transformedGradient(UpdateOptions.defaults().withClipValue(0.5), new double[] {-2, 0.25, 7, -0.5},
                4);
        assertArrayEquals(new double[] {-0.5, 0.25, 0.5, -0.5}, g, 0);
    }

    @Test
    void clipNormSpansChunksOfALargeArray() {
        int n = 2 * org.neurite.engine.kernel.Scratch.CHUNK + 5;
        double[] g = new double[n + 1];
        java.util.Arrays.fill(g, 0, n, 1.0);
        g[n] = 0.25;
        double[] out = transformedGradient(UpdateOptions.defaults().withClipNorm(1), g, n, 1);
        assertEquals(1 / Math.sqrt(n), out[0], 1e-15);
        assertEquals(1 / Math.sqrt(n), out[n - 1], 1e-15);
        assertEquals(0.25, out[n], 0);
    }

    @Test
    void clippingLeavesTheModelsGradientBufferUnchanged() {
        Parameters p = Fixtures.parameters(1, 2, 3);
        Fixtures.setGradients(p, new double[] {30, -40, 5});
        Sgd sgd = new Sgd(0.1).withGlobalClipNorm(1);
        sgd.update(p, sgd.init(p), 1, 0.1);
        assertArrayEquals(new double[] {30, -40, 5}, p.gradients().toDoubleVector(), 0);
    }

    @Test
    void weightDecayIsDecoupledAndAppliedBeforeTheUpdate() {
        // Keras: θ ← θ − θ·wd·lr, then θ ← θ − lr·g.
        Parameters p = Fixtures.parameters(2, -4);
        Fixtures.setGradients(p, new double[] {1, 1});
        Sgd sgd = new Sgd(0.1).withWeightDecay(0.5);
        sgd.update(p, sgd.init(p), 1, 0.1);
        assertArrayEquals(new double[] {2 - 2 * 0.05 - 0.1, -4 + 4 * 0.05 - 0.1}, Fixtures.values(p), 1e-15);
    }

    @Test
    void hundredStepsWithWeightDecayAndClipNormMatchTheFormula() {
        double lr = 0.05;
        Sgd sgd = new Sgd(lr, 0.7, false).withOptions(new UpdateOptions(0.2, 1.5, 0, 0));
        double[][] actual = Fixtures.run(sgd, Fixtures.start(), 100, lr, Fixtures::gradient, new int[] {5});
        double[] v = new double[5];
        double[][] expected = Fixtures.reference(100, (theta, t) -> {
            double[] g = Fixtures.gradient(theta, t);
            double norm = 0;
            for (double x : g) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < 5; i++) {
                double clipped = g[i] * 1.5 / Math.max(norm, 1.5);
                theta[i] -= theta[i] * 0.2 * lr;
                v[i] = 0.7 * v[i] - lr * clipped;
                theta[i] += v[i];
            }
        });
        Fixtures.assertTrajectory(expected, actual, 1e-12);
    }

    @Test
    void rejectsNegativeValuesAndMoreThanOneClip() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UpdateOptions.defaults().withClipNorm(-1));
        assertEquals("clipNorm must be a finite number >= 0 (0 switches it off); received clipNorm=-1.0.",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UpdateOptions.defaults().withGlobalClipNorm(-0.5));
        assertThrows(IllegalArgumentException.class, () -> UpdateOptions.defaults().withClipValue(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> UpdateOptions.defaults().withWeightDecay(-1e-4));
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> UpdateOptions.defaults().withClipNorm(1).withClipValue(1));
        assertTrue(two.getMessage().contains("Only one of clipNorm, globalClipNorm and clipValue"), two.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UpdateOptions.defaults().withClipNorm(1).withGlobalClipNorm(1));
        assertThrows(IllegalArgumentException.class,
                () -> UpdateOptions.defaults().withGlobalClipNorm(1).withClipValue(1));
    }
}
