package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;

class FloatAdamPassTest {
    private static Parameters parameters(long seed, int n) {
        Nd4j.getRandom().setSeed(seed);
        INDArray values = Nd4j.rand(DataType.FLOAT, n).subi(0.5);
        INDArray grads = Nd4j.rand(DataType.FLOAT, n).subi(0.5).muli(3);
        return new Parameters(values, grads, List.of(new ParameterView("w", 0, 0, n, new long[] {n})));
    }

    @Test
    void givesTheSameBitsAsTheWidenedLoopOverSeveralChunksAndSteps() {
        int n = 3 * 4096 + 17;
        Parameters fast = parameters(7, n);
        Parameters widened = parameters(7, n);
        Adam plain = new Adam(0.01);
        // A clip value far above every gradient changes nothing but sends Adam down its general widened loop.
        Adam general = plain.withClipValue(1e30);
        assertTrue(FloatAdamPass.applies(fast, plain.options(), false));
        assertFalse(FloatAdamPass.applies(widened, general.options(), false));
        Adam.State s1 = plain.init(fast);
        Adam.State s2 = general.init(widened);
        for (long step = 1; step <= 5; step++) {
            plain.update(fast, s1, step, 0.01);
            general.update(widened, s2, step, 0.01);
            fast.gradients().muli(-0.7);
            widened.gradients().muli(-0.7);
        }
        assertArrayEquals(widened.values().data().asFloat(), fast.values().data().asFloat());
        assertArrayEquals(s2.m().array().data().asFloat(), s1.m().array().data().asFloat());
        assertArrayEquals(s2.v().array().data().asFloat(), s1.v().array().data().asFloat());
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
}
