package org.neurite.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;

class FloatActivationsTest {
    private static final List<Activation> HOT = List.of(Activation.LINEAR, Activation.RELU, Activation.TANH,
            Activation.SIGMOID, Activation.SOFTMAX);

    private static float[] randomFloats(int n, long seed) {
        Random r = new Random(seed);
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) (r.nextGaussian() * 4);
        }
        f[0] = 0f;
        f[1] = -0f;
        return f;
    }

    private static double[] widen(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static float[] narrow(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Test
    void floatLoopsGiveTheSameBitsAsTheDoubleLoopsRoundedOnce() {
        int width = 6;
        int n = 10 * width;
        for (Activation act : HOT) {
            assertTrue(FloatActivations.supports(act), act.name());
            float[] z = randomFloats(n, 1);
            double[] aDouble = new double[n];
            act.forward(widen(z), aDouble, n, width);
            float[] expectedA = narrow(aDouble);
            float[] a = new float[n];
            FloatActivations.forward(act, z, a, n, width, new double[n]);
            assertArrayEquals(expectedA, a, act.name() + " forward");

            float[] g = randomFloats(n, 2);
            double[] gDouble = widen(g);
            act.backward(widen(z), widen(a), gDouble, n, width);
            FloatActivations.backward(act, z, a, g, n, width);
            assertArrayEquals(narrow(gDouble), g, act.name() + " backward");
        }
    }

    @Test
    void leavesOtherActivationsToTheDoublePath() {
        assertFalse(FloatActivations.supports(Activation.GELU));
        assertFalse(FloatActivations.supports(Activation.leakyRelu(0.1)));
    }

    @Test
    void reluBackwardOnBitsKeepsTheGradientExactlyWhereZIsPositive() {
        float[] z = {1f, 0f, -0f, -2f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0xffc00000), Float.MAX_VALUE, 3e-39f};
        int[] zBits = new int[z.length];
        int[] gBits = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            zBits[i] = Float.floatToRawIntBits(z[i]);
            gBits[i] = Float.floatToRawIntBits(-1.5f - i);
        }
        FloatActivations.reluBackwardBits(zBits, gBits, z.length);
        for (int i = 0; i < z.length; i++) {
            float expected = z[i] > 0 ? -1.5f - i : 0f;
            assertEquals(Float.floatToRawIntBits(expected), gBits[i], "z = " + z[i]);
        }
    }

    @Test
    void finiteBitsFindsEveryKindOfNonFiniteValueAnywhere() {
        float[] values = randomFloats(37, 3);
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        assertTrue(FloatActivations.finiteBits(bits, bits.length));
        bits[5] = Float.floatToRawIntBits(Float.MAX_VALUE);
        bits[6] = Float.floatToRawIntBits(-Float.MAX_VALUE);
        assertTrue(FloatActivations.finiteBits(bits, bits.length));
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            for (int at : new int[] {0, 17, 36}) {
                int[] copy = bits.clone();
                copy[at] = Float.floatToRawIntBits(bad);
                assertFalse(FloatActivations.finiteBits(copy, copy.length), bad + " at " + at);
                assertTrue(FloatActivations.finiteBits(copy, at), "only the prefix before " + at + " is checked");
            }
        }
    }
}
