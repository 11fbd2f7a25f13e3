package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.Scratch;

/**
 * The chunk and segment walk every optimizer's rule runs in. Every built-in rule is element-wise, so the
 * independent reference for element i of a long buffer is the same rule run on a one-element buffer holding
 * only element i: chunk edges, segment starts and the buffers' lengths must change nothing.
 */
class UpdateBuffersTest {
    private static final int N = 2 * Scratch.CHUNK + 5;
    private static final int[] PROBES = {0, 1, Scratch.CHUNK - 1, Scratch.CHUNK, Scratch.CHUNK + 1, 2 * Scratch.CHUNK,
        N - 1};

    static List<Optimizer<?>> everyRule() {
        return List.of(new Sgd(0.05), new Sgd(0.05, 0.9, true), new Adam(0.05), new Adam(0.05, 0.9, 0.99, 1e-3, true),
                new AdamW(0.05, 0.1), new RmsProp(0.05), new RmsProp(0.05, 0.8, 0.5, 1e-2, true), new Adagrad(0.05),
                new Nadam(0.05));
    }

    private static double start(int i) {
        return Math.sin(0.37 * i) * 2;
    }

    private static double gradient(int i, int t) {
        return Math.cos(0.11 * i + t) + 0.01 * i % 3;
    }

    /** Three steps of {@code optimizer} on {@code n} elements starting at element {@code first}. */
    private static <S extends OptimizerState> double[] run(Optimizer<S> optimizer, DataType type, int first, int n,
                                                           int... views) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = start(first + i);
        }
        Parameters p = Fixtures.parameters(type, values, views);
        S state = optimizer.init(p);
        for (int t = 1; t <= 3; t++) {
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = gradient(first + i, t);
            }
            Fixtures.setGradients(p, g);
            optimizer.update(p, state, t, 0.05);
        }
        return Fixtures.values(p);
    }

    @Test
    void everyRuleUpdatesEachElementOfABufferSpanningChunksAsItWouldAlone() {
        for (Optimizer<?> optimizer : everyRule()) {
            for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
                double[] all = run(optimizer, type, 0, N, N);
                double tolerance = type == DataType.FLOAT ? 1e-6 : 1e-15;
                for (int i : PROBES) {
                    double alone = run(optimizer, type, i, 1, 1)[0];
                    assertEquals(alone, all[i], tolerance, optimizer + " " + type + " element " + i);
                }
            }
        }
    }

    @Test
    void perArraySegmentsStartingAnywhereGiveEachElementItsOwnUpdate() {
        // clipNorm walks one segment per array; with a norm far above every array's, clipping changes nothing,
        // so each element must still get exactly its lone update, in arrays that start mid-chunk.
        for (Optimizer<?> plain : everyRule()) {
            Optimizer<?> clipped = (Optimizer<?>) ((UpdateOptionWithers<?>) plain).withClipNorm(1e9);
            double[] all = run(clipped, DataType.DOUBLE, 0, N, 3, Scratch.CHUNK, N - 3 - Scratch.CHUNK);
            for (int i : new int[] {0, 2, 3, 4, Scratch.CHUNK + 2, Scratch.CHUNK + 3, Scratch.CHUNK + 4, N - 1}) {
                double alone = run(plain, DataType.DOUBLE, i, 1, 1)[0];
                assertEquals(alone, all[i], 1e-15, clipped + " element " + i);
            }
        }
    }

    @Test
    void everyRuleRejectsAStateOfOtherParametersAndLeavesThemUnchanged() {
        for (Optimizer<?> optimizer : everyRule()) {
            rejectsOtherState(optimizer);
        }
    }

    private static <S extends OptimizerState> void rejectsOtherState(Optimizer<S> optimizer) {
        Parameters p = Fixtures.parameters(1, 2, 3);
        Fixtures.setGradients(p, new double[] {1, 1, 1});
        S other = optimizer.init(Fixtures.parameters(1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> optimizer.update(p, other, 1, 0.1));
        assertTrue(e.getMessage().contains("created for 2 DOUBLE parameters; "
                + "received 3"), optimizer + ": " + e.getMessage());
        assertArrayEquals(new double[] {1, 2, 3}, Fixtures.values(p));
    }

    @Test
    void aLearningRateOfZeroIsAcceptedAndMovesNoParameter() {
        for (Optimizer<?> optimizer : everyRule()) {
            staysAtZeroRate(optimizer);
        }
    }

    private static <S extends OptimizerState> void staysAtZeroRate(Optimizer<S> optimizer) {
        Parameters p = Fixtures.parameters(1, -2, 3);
        Fixtures.setGradients(p, new double[] {0.5, 1, -1});
        S state = optimizer.init(p);
        for (int t = 1; t <= 3; t++) {
            optimizer.update(p, state, t, 0.0);
        }
        assertArrayEquals(new double[] {1, -2, 3}, Fixtures.values(p), optimizer.toString());
    }
}
