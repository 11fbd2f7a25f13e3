package org.neurite.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Parallel;
import org.neurite.engine.kernel.Scratch;
import org.neurite.core.Activation;

class ActivationPassTest {
    private static final int WIDTH = 1000;
    /** Enough rows for the forward pass (8 bytes per element) to be split. */
    private static final int ROWS = (int) (Parallel.minLength(8) / WIDTH) + 7;
    private int before;

    @BeforeEach
    void remember() {
        before = Parallel.threads();
    }

    @AfterEach
    void restore() {
        Parallel.setThreads(before);
    }

    private static NativeMatrix random(long seed, int rows, int width) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[rows * width];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() * 8 - 4);
        }
        return NativeMatrix.of(Nd4j.create(values, new long[] {rows, width}, 'c'));
    }

    static java.util.stream.Stream<Activation> floatActivations() {
        return java.util.stream.Stream.of(Activation.RELU, Activation.TANH, Activation.SIGMOID, Activation.SOFTMAX,
                Activation.LINEAR);
    }

    private static float[] floats(NativeMatrix m) {
        return m.array().data().asFloat();
    }

    @ParameterizedTest
    @MethodSource("floatActivations")
    void forwardAndBackwardOnTwoThreadsMatchTheWholeBufferComputedAtOnce(Activation act) {
        Parallel.setThreads(2);
        int rows = ROWS - 3;
        NativeMatrix z = random(1, ROWS, WIDTH);
        NativeMatrix a = NativeMatrix.allocate(DataType.FLOAT, ROWS, WIDTH);
        NativeMatrix dz = random(2, ROWS, WIDTH);
        float[] zs = floats(z);
        float[] expectedA = new float[ROWS * WIDTH];
        FloatActivations.forward(act, zs, expectedA, rows * WIDTH, WIDTH, new double[rows * WIDTH]);
        float[] expectedDz = floats(dz);
        FloatActivations.backward(act, zs, expectedA, expectedDz, rows * WIDTH, WIDTH);

        ActivationPass pass = new ActivationPass(new Scratch(0));
        pass.forward(act, z, a, rows);
        pass.backward(act, z, a, dz, rows);

        assertArrayEquals(expectedA, floats(a), "a = f(z) over the used rows; the rest untouched");
        assertArrayEquals(expectedDz, floats(dz), "dz over the used rows; the rest untouched");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void resultsDoNotDependOnTheThreadCount(int threads) {
        Parallel.setThreads(1);
        float[][] one = softmaxAndTanhBackward();
        Parallel.setThreads(threads);
        float[][] many = softmaxAndTanhBackward();
        assertArrayEquals(one[0], many[0]);
        assertArrayEquals(one[1], many[1]);
    }

    private static float[][] softmaxAndTanhBackward() {
        NativeMatrix z = random(3, ROWS, WIDTH);
        NativeMatrix a = NativeMatrix.allocate(DataType.FLOAT, ROWS, WIDTH);
        NativeMatrix dz = random(4, ROWS, WIDTH);
        ActivationPass pass = new ActivationPass(new Scratch(0));
        pass.forward(Activation.SOFTMAX, z, a, ROWS);
        float[] softmax = floats(a);
        pass.forward(Activation.TANH, z, a, ROWS);
        pass.backward(Activation.TANH, z, a, dz, ROWS);
        return new float[][] {softmax, floats(dz)};
    }

    @ParameterizedTest
    @ValueSource(ints = {Scratch.CHUNK + 1, 3 * Scratch.CHUNK})
    void rowsWiderThanAChunkRunOnTheWideScratch(int width) {
        Parallel.setThreads(2);
        int rows = 3;
        NativeMatrix z = random(5, rows, width);
        NativeMatrix a = NativeMatrix.allocate(DataType.FLOAT, rows, width);
        float[] expected = new float[rows * width];
        FloatActivations.forward(Activation.SOFTMAX, floats(z), expected, rows * width, width, new double[rows * width]);
        new ActivationPass(new Scratch(width)).forward(Activation.SOFTMAX, z, a, rows);
        assertArrayEquals(expected, floats(a));
        double rowSum = 0;
        for (int i = 0; i < width; i++) {
            rowSum += floats(a)[i];
        }
        assertEquals(1.0, rowSum, 1e-3);
    }
}
