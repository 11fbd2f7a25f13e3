package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.Parallel;

class FloatAdamPassTest {
    private static Parameters parameters(long seed, int n) {
        Nd4j.getRandom().setSeed(seed);
        INDArray values = Nd4j.rand(DataType.FLOAT, n).subi(0.5);
        INDArray grads = Nd4j.rand(DataType.FLOAT, n).subi(0.5).muli(3);
        return new Parameters(values, grads, List.of(new ParameterView("w", 0, 0, n, new long[] {n})));
    }

    @Test
    void matchesAdamsFormulaEvaluatedInFloat32OverSeveralChunksAndSteps() {
        int n = 3 * 4096 + 17;
        Parameters fast = parameters(7, n);
        float[] p = fast.values().data().asFloat();
        float[] m = new float[n];
        float[] v = new float[n];
        Adam adam = new Adam(0.01);
        assertTrue(FloatAdamPass.applies(fast, adam.options(), false));
        Adam.State state = adam.init(fast);
        for (long step = 1; step <= 5; step++) {
            float[] g = fast.gradients().data().asFloat();
            float alpha = (float) (0.01 * Math.sqrt(1 - Math.pow(0.999, step)) / (1 - Math.pow(0.9, step)));
            for (int i = 0; i < n; i++) {
                m[i] = 0.9f * m[i] + 0.1f * g[i];
                v[i] = 0.999f * v[i] + (float) (1 - 0.999) * g[i] * g[i];
                p[i] -= alpha * m[i] / ((float) Math.sqrt(v[i]) + 1e-7f);
            }
            adam.update(fast, state, step, 0.01);
            fast.gradients().muli(-0.7);
        }
        assertArrayEquals(p, fast.values().data().asFloat());
        assertArrayEquals(m, state.m().array().data().asFloat());
        assertArrayEquals(v, state.v().array().data().asFloat());
    }

    @Test
    void momentsOfAParameterWithoutGradientDecayToTheFlushFloorNeverThroughSubnormals() {
        // A pixel that is 0 in every later batch: m decays by 0.9 per step and would be subnormal after ~800
        // steps; here it settles on a few multiples of 2^-101 or 2^-100 (round(0.9 k) = k for small k), all normal.
        Parameters p = parameters(3, 8);
        Adam adam = new Adam(0.001);
        Adam.State state = adam.init(p);
        adam.update(p, state, 1, 0.001);
        p.gradients().assign(0);
        for (long step = 2; step <= 3000; step++) {
            adam.update(p, state, step, 0.001);
            for (float mi : state.m().array().data().asFloat()) {
                assertTrue(mi == 0 || Math.abs(mi) >= Float.MIN_NORMAL, "subnormal m " + mi + " at step " + step);
            }
        }
        for (float mi : state.m().array().data().asFloat()) {
            assertTrue(Math.abs(mi) <= 0x1p-97f, "m " + mi + " should have decayed to the floor");
        }
        for (float vi : state.v().array().data().asFloat()) {
            assertTrue(vi == 0 || vi >= Float.MIN_NORMAL, "subnormal v " + vi);
        }
    }

    @Test
    void aPassSplitAcrossThreadsIsBitIdenticalToOneThread() {
        int n = (int) Parallel.minLength(FloatAdamPass.BYTES_PER_PARAMETER) * 2 + 4096 * 3 + 11;
        int before = Parallel.threads();
        try {
            Parallel.setThreads(1);
            Parameters one = parameters(11, n);
            Adam.State s1 = trainThreeSteps(one);
            Parallel.setThreads(2);
            Parameters two = parameters(11, n);
            Adam.State s2 = trainThreeSteps(two);
            assertArrayEquals(one.values().data().asFloat(), two.values().data().asFloat());
            assertArrayEquals(s1.m().array().data().asFloat(), s2.m().array().data().asFloat());
            assertArrayEquals(s1.v().array().data().asFloat(), s2.v().array().data().asFloat());
            assertFalse(java.util.Arrays.equals(parameters(11, n).values().data().asFloat(),
                    two.values().data().asFloat()), "the steps changed the parameters");
        } finally {
            Parallel.setThreads(before);
        }
    }

    private static Adam.State trainThreeSteps(Parameters parameters) {
        Adam adam = new Adam(0.01);
        Adam.State state = adam.init(parameters);
        for (long step = 1; step <= 3; step++) {
            adam.update(parameters, state, step, 0.01);
            parameters.gradients().muli(-0.7);
        }
        return state;
    }

    @Test
    void staysWithinFloatRoundingOfTheDoubleFormula() {
        int n = 4096 + 5;
        Parameters fast = parameters(9, n);
        Parameters widened = parameters(9, n);
        Adam plain = new Adam(0.01);
        Adam general = plain.withClipValue(1e30); // changes nothing, but takes the general widened loop
        assertFalse(FloatAdamPass.applies(widened, general.options(), false));
        Adam.State s1 = plain.init(fast);
        Adam.State s2 = general.init(widened);
        for (long step = 1; step <= 5; step++) {
            plain.update(fast, s1, step, 0.01);
            general.update(widened, s2, step, 0.01);
        }
        float[] a = fast.values().data().asFloat();
        float[] b = widened.values().data().asFloat();
        for (int i = 0; i < n; i++) {
            assertEquals(b[i], a[i], 1e-6, "parameter " + i);
        }
    }

    @Test
    void leavesDoubleAmsgradDecayAndClippingToTheGeneralLoop() {
        Parameters floats = parameters(1, 8);
        UpdateOptions none = UpdateOptions.defaults();
        assertFalse(FloatAdamPass.applies(floats, none, true));
        assertFalse(FloatAdamPass.applies(floats, none.withWeightDecay(0.01), false));
        assertFalse(FloatAdamPass.applies(floats, none.withClipNorm(1), false));
        assertFalse(FloatAdamPass.applies(floats, none.withGlobalClipNorm(1), false));
        Parameters doubles = new Parameters(Nd4j.create(DataType.DOUBLE, 8), Nd4j.create(DataType.DOUBLE, 8),
                List.of(new ParameterView("w", 0, 0, 8, new long[] {8})));
        assertFalse(FloatAdamPass.applies(doubles, none, false));
    }

    @Test
    void aZeroGradientLeavesZeroMomentsAndTheWeightExactlyAsTheyWere() {
        // (b·0 + c·0 + FLUSH) - FLUSH is exactly 0: the flush floor adds nothing where there is nothing to decay.
        Parameters p = parameters(5, 8);
        p.gradients().assign(0);
        float[] before = p.values().data().asFloat();
        Adam adam = new Adam(0.001);
        assertTrue(FloatAdamPass.applies(p, adam.options(), false));
        Adam.State state = adam.init(p);
        for (long step = 1; step <= 3; step++) {
            adam.update(p, state, step, 0.001);
        }
        assertArrayEquals(new float[8], state.m().array().data().asFloat());
        assertArrayEquals(new float[8], state.v().array().data().asFloat());
        assertArrayEquals(before, p.values().data().asFloat());
    }
}
