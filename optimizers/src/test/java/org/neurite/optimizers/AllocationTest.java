package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.core.Sequential;
import org.neurite.engine.kernel.Parallel;

/**
 * Heap bytes of warm steps on every optimizer's default path: the rule alone ({@code update}) and a whole
 * {@code Sequential.trainOnBatch}, in FLOAT and DOUBLE, counted by the JVM per thread
 * (com.sun.management.ThreadMXBean), not timed. Each optimizer is built as a user would write it, so the fast
 * paths users reach (Adam's float32 pass among them) are the ones measured. The README's performance section
 * claims at most 256 heap bytes per step for its workloads and 0 bytes on the training thread; the workload
 * tests below check the shapes it names.
 */
class AllocationTest {
    /**
     * Average bytes per step allowed: less than the smallest heap object (16 bytes), so any object allocated on
     * every step fails, while a rare one-off (a JIT deoptimisation) does not. Measured: 0 on every path.
     */
    private static final double MAX_BYTES_PER_STEP = 16;
    private static final int WARM_UP = 2_000;
    private static final int STEPS = 1_000;

    static Stream<Arguments> optimizers() {
        List<Named<Optimizer<?>>> all = List.of(
                Named.of("new Adam(0.01)", new Adam(0.01)), Named.of("Adam.defaults()", Adam.defaults()),
                Named.of("Adam with AMSGrad", new Adam(0.01, 0.9, 0.999, 1e-7, true)),
                Named.of("AdamW.defaults()", AdamW.defaults()), Named.of("new Sgd(0.01)", new Sgd(0.01)),
                Named.of("Sgd with momentum", new Sgd(0.01, 0.9, false)),
                Named.of("Sgd with Nesterov momentum", new Sgd(0.01, 0.9, true)),
                Named.of("new RmsProp(0.01)", new RmsProp(0.01)),
                Named.of("RmsProp centered with momentum", new RmsProp(0.01, 0.9, 0.5, 1e-7, true)),
                Named.of("new Adagrad(0.01)", new Adagrad(0.01)), Named.of("new Nadam(0.01)", new Nadam(0.01)));
        return all.stream().flatMap(o -> Stream.of(Arguments.of(o, DataType.FLOAT), Arguments.of(o, DataType.DOUBLE)));
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("optimizers")
    <S extends OptimizerState> void aWarmUpdateOnTheDefaultPathAllocatesNothing(Optimizer<S> optimizer, DataType type) {
        int n = 2_000;
        Parameters p = Fixtures.parameters(type, new double[n], 1_200, 800);
        Fixtures.setGradients(p, Fixtures.gradient(new double[n], 1));
        S state = optimizer.init(p);
        for (int t = 1; t <= WARM_UP; t++) {
            optimizer.update(p, state, t, 0.01);
        }
        long before = allocatedBytes();
        for (int t = WARM_UP + 1; t <= WARM_UP + STEPS; t++) {
            optimizer.update(p, state, t, 0.01);
        }
        double perStep = (allocatedBytes() - before) / (double) STEPS;
        assertTrue(perStep < MAX_BYTES_PER_STEP, optimizer + " " + type + ": a warm update allocated " + perStep
                + " bytes");
    }

    /**
     * Bytes per trainOnBatch step (the smaller of two windows of {@code steps} steps, after 2·steps of warm-up)
     * of a {@code widths[0]}-…-{@code widths[last]} tanh/sigmoid MLP.
     */
    private static double trainOnBatchBytes(Optimizer<?> optimizer, DataType type, int steps, int batch,
                                            int... widths) {
        Random random = new Random(7);
        INDArray x = Nd4j.rand(type, batch, widths[0]).subi(0.5);
        INDArray y = Nd4j.zeros(type, batch, widths[widths.length - 1]);
        for (int i = 0; i < batch; i++) {
            y.putScalar(i, random.nextInt(widths[widths.length - 1]), 1);
        }
        Dense[] layers = new Dense[widths.length - 1];
        for (int i = 1; i < widths.length; i++) {
            layers[i - 1] = new Dense(widths[i], i == widths.length - 1 ? Activation.SIGMOID : Activation.TANH);
        }
        Sequential model = new Sequential(layers).setDataType(type);
        model.compile(optimizer, Loss.BINARY_CROSSENTROPY);
        for (int i = 0; i < 2 * steps; i++) {
            model.trainOnBatch(x, y);
        }
        // Two windows, and the smaller count: an object allocated every step shows in both, a one-off
        // (a JIT deoptimisation, a class loaded late) in at most one.
        double perStep = Double.POSITIVE_INFINITY;
        for (int window = 0; window < 2; window++) {
            long before = allocatedBytes();
            for (int i = 0; i < steps; i++) {
                model.trainOnBatch(x, y);
            }
            perStep = Math.min(perStep, (allocatedBytes() - before) / (double) steps);
        }
        assertEquals(4 * steps, model.step());
        return perStep;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("optimizers")
    void aWarmTrainOnBatchStepAllocatesNothingWithEveryOptimizer(Optimizer<?> optimizer, DataType type) {
        double perStep = trainOnBatchBytes(optimizer, type, STEPS, 8, 6, 16, 3);
        assertTrue(perStep < MAX_BYTES_PER_STEP, optimizer + " " + type + ": a warm trainOnBatch step allocated "
                + perStep + " bytes");
    }

    @Test
    void theReadmeWorkloadsXorTinyAndMlpMediumAllocateNothingPerStepWithFloatAdam() {
        double tiny = trainOnBatchBytes(new Adam(0.01), DataType.FLOAT, STEPS, 4, 2, 4, 1);
        double medium = trainOnBatchBytes(new Adam(0.01), DataType.FLOAT, 300, 32, 64, 128, 128, 10);
        System.out.println("heap bytes per warm trainOnBatch step with Adam: xor-tiny " + tiny + ", mlp-medium "
                + medium);
        assertTrue(tiny < MAX_BYTES_PER_STEP, "xor-tiny allocated " + tiny + " bytes per step");
        assertTrue(medium < MAX_BYTES_PER_STEP, "mlp-medium allocated " + medium + " bytes per step");
    }

    @Test
    void adamSplitAcrossTwoThreadsAllocatesNothingOnAnyPassThread() {
        // 600k float32 parameters move 16.8 MB per update, above Parallel.MIN_BYTES: the pass runs on the
        // caller and a worker (as Adam does for the README's mlp-large), and every pass thread's bytes are counted.
        int n = 600_000;
        assertTrue((long) n * FloatAdamPass.BYTES_PER_PARAMETER >= Parallel.MIN_BYTES);
        int saved = Parallel.threads();
        Parallel.setThreads(2);
        try {
            Parameters p = Fixtures.parameters(DataType.FLOAT, new double[n], n);
            Fixtures.setGradients(p, Fixtures.gradient(new double[n], 1));
            Adam adam = new Adam(0.01);
            Adam.State state = adam.init(p);
            for (int t = 1; t <= 200; t++) {
                adam.update(p, state, t, 0.01);
            }
            long[] ids = passThreads();
            assertTrue(ids.length >= 2, "the caller and at least one worker");
            com.sun.management.ThreadMXBean bean =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long[] before = bean.getThreadAllocatedBytes(ids);
            for (int t = 201; t <= 300; t++) {
                adam.update(p, state, t, 0.01);
            }
            long[] after = bean.getThreadAllocatedBytes(ids);
            long bytes = 0;
            for (int i = 0; i < ids.length; i++) {
                bytes += after[i] - before[i];
            }
            double perStep = bytes / 100.0;
            assertTrue(perStep < MAX_BYTES_PER_STEP, "a split Adam update allocated " + perStep + " bytes");
        } finally {
            Parallel.setThreads(saved);
        }
    }

    /** The calling thread and Parallel's workers ("neurite-parallel-N"). */
    private static long[] passThreads() {
        return Stream.concat(Stream.of(Thread.currentThread()), Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("neurite-parallel-")))
                .mapToLong(Thread::getId).toArray();
    }
}
