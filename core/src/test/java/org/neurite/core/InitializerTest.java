package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurite.core.layers.Dense;

/**
 * Initializers against Keras 3's definitions. Statistical bounds: with 60,000 draws the sample variance
 * has a relative standard error below 0.5%, so the 5% bands are ten standard errors wide (they do not
 * flake) yet a wrong fan or scale (a factor 2 or more) fails them.
 */
class InitializerTest {
    private static final int FAN_IN = 300;
    private static final int FAN_OUT = 200;
    private static final int N = FAN_IN * FAN_OUT;

    private static double[] draw(Initializer init, long seed) {
        double[] v = new double[N];
        init.fill(v, FAN_IN, FAN_OUT, new Random(seed));
        return v;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1);
    }

    private static double maxAbs(double[] v) {
        return Arrays.stream(v).map(Math::abs).max().orElseThrow();
    }

    private static void assertUniform(Initializer init, double limit) {
        double[] v = draw(init, 11);
        assertTrue(maxAbs(v) <= limit, init.name() + " exceeds " + limit);
        assertTrue(maxAbs(v) > 0.999 * limit, init.name() + " never gets near its limit " + limit);
        assertEquals(limit * limit / 3, variance(v), 0.05 * limit * limit / 3, init.name() + " variance");
        assertEquals(0, mean(v), 0.02 * limit, init.name() + " mean");
    }

    private static void assertTruncatedNormal(Initializer init, double variance) {
        double[] v = draw(init, 12);
        // Keras draws a normal truncated at two standard deviations of the untruncated distribution, whose
        // stddev is √variance / 0.87962566103423978 so that the truncated variance is the target.
        double stddev = Math.sqrt(variance) / 0.87962566103423978;
        assertTrue(maxAbs(v) <= 2 * stddev, init.name() + " is not truncated at 2 stddev");
        assertTrue(maxAbs(v) > 1.99 * stddev, init.name() + " never gets near its truncation point");
        assertEquals(variance, variance(v), 0.05 * variance, init.name() + " variance");
        assertEquals(0, mean(v), 0.02 * Math.sqrt(variance), init.name() + " mean");
    }

    @Test
    void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
        for (Initializer init : List.of(Initializer.GLOROT_UNIFORM, Initializer.GLOROT_NORMAL, Initializer.HE_UNIFORM,
                Initializer.HE_NORMAL, Initializer.LECUN_UNIFORM, Initializer.LECUN_NORMAL, Initializer.RANDOM_UNIFORM,
                Initializer.RANDOM_NORMAL)) {
            assertArrayEquals(draw(init, 5), draw(init, 5), init.name());
            assertFalse(Arrays.equals(draw(init, 5), draw(init, 6)), init.name());
        }
    }

    @Test
    void uniformVarianceScalingInitializersUseKerasLimits() {
        assertUniform(Initializer.GLOROT_UNIFORM, Math.sqrt(6.0 / (FAN_IN + FAN_OUT)));
        assertUniform(Initializer.HE_UNIFORM, Math.sqrt(6.0 / FAN_IN));
        assertUniform(Initializer.LECUN_UNIFORM, Math.sqrt(3.0 / FAN_IN));
    }

    @Test
    void normalVarianceScalingInitializersAreTruncatedWithKerasVariances() {
        assertTruncatedNormal(Initializer.GLOROT_NORMAL, 2.0 / (FAN_IN + FAN_OUT));
        assertTruncatedNormal(Initializer.HE_NORMAL, 2.0 / FAN_IN);
        assertTruncatedNormal(Initializer.LECUN_NORMAL, 1.0 / FAN_IN);
    }

    @Test
    void constantInitializersFillExactly() {
        assertTrue(Arrays.stream(draw(Initializer.ZEROS, 1)).allMatch(x -> x == 0));
        assertTrue(Arrays.stream(draw(Initializer.ONES, 1)).allMatch(x -> x == 1));
        assertTrue(Arrays.stream(draw(Initializer.constant(-0.3), 1)).allMatch(x -> x == -0.3));
    }

    @Test
    void randomUniformAndRandomNormalUseKerasDefaults() {
        double[] u = draw(Initializer.RANDOM_UNIFORM, 3);
        assertTrue(Arrays.stream(u).allMatch(x -> x >= -0.05 && x < 0.05));
        assertEquals(0.1 * 0.1 / 12, variance(u), 0.05 * 0.1 * 0.1 / 12);
        double[] shifted = draw(Initializer.randomUniform(2, 4), 3);
        assertTrue(Arrays.stream(shifted).allMatch(x -> x >= 2 && x < 4));
        assertEquals(3, mean(shifted), 0.02);
        double[] n = draw(Initializer.RANDOM_NORMAL, 4);
        assertEquals(0.05 * 0.05, variance(n), 0.05 * 0.05 * 0.05);
        // Not truncated: about 4.55% of draws lie beyond two standard deviations.
        double beyond = Arrays.stream(n).filter(x -> Math.abs(x) > 0.1).count() / (double) N;
        assertTrue(beyond > 0.035 && beyond < 0.056, "fraction beyond 2 sigma: " + beyond);
        assertEquals(1.5, mean(draw(Initializer.randomNormal(1.5, 2), 4)), 0.05);
    }

    @Test
    void aModelBuiltWithTheSameSeedGetsTheSameWeightsAndGlorotKernels() {
        Sequential a = new Sequential(new Dense(8, Activation.TANH), new Dense(3)).build(5, 42);
        Sequential b = new Sequential(new Dense(8, Activation.TANH), new Dense(3)).build(5, 42);
        Sequential c = new Sequential(new Dense(8, Activation.TANH), new Dense(3)).build(5, 43);
        assertArrayEquals(Fixtures.weightBits(a), Fixtures.weightBits(b));
        assertFalse(Arrays.equals(Fixtures.weightBits(a), Fixtures.weightBits(c)));
        double limit = Math.sqrt(6.0 / (5 + 8));
        double[] kernel = a.getWeights().get(0).data().asDouble();
        assertTrue(Arrays.stream(kernel).allMatch(x -> Math.abs(x) <= limit) && maxAbs(kernel) > limit / 2);
        assertTrue(Arrays.stream(a.getWeights().get(1).data().asDouble()).allMatch(x -> x == 0), "zero bias");
    }

    @Test
    void everyInitializerResolvesFromItsKerasName() {
        for (Initializer init : List.of(Initializer.GLOROT_UNIFORM, Initializer.GLOROT_NORMAL, Initializer.HE_UNIFORM,
                Initializer.HE_NORMAL, Initializer.LECUN_UNIFORM, Initializer.LECUN_NORMAL, Initializer.ZEROS,
                Initializer.ONES, Initializer.RANDOM_UNIFORM, Initializer.RANDOM_NORMAL, Initializer.constant(0.25),
                Initializer.randomUniform(-1, 2), Initializer.randomNormal(0.5, 3))) {
            assertEquals(init, Initializer.of(init.name()), init.name());
        }
    }

    @Test
    void rejectsUnknownNamesAndBadArgumentsNamingTheValue() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> Initializer.of("orthogonal"));
        assertTrue(e.getMessage().contains("'orthogonal'") && e.getMessage().contains("glorot_uniform")
                && e.getMessage().contains("he_normal"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Initializer.randomUniform(1, 0));
        assertTrue(e.getMessage().contains("min=1.0") && e.getMessage().contains("max=0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Initializer.randomNormal(0, -1));
        assertTrue(e.getMessage().contains("stddev=-1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Initializer.of("constant(abc)"));
        assertTrue(e.getMessage().contains("constant(abc)"), e.getMessage());
    }
}
