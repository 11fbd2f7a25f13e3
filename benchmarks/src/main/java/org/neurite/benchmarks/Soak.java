package org.neurite.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Sequential;

/**
 * The soak test of issue 8 (a main, not a unit test): a million xor-tiny training steps with Adam, reporting
 * Java heap in use (after a full GC) and off-heap memory (JavaCPP's {@code Pointer.physicalBytes()}, the
 * process's resident set, and {@code Pointer.totalBytes()}, the bytes JavaCPP tracks) at the start and the
 * end. Growth of either above {@value #LIMIT_MB} MB fails (exit status 1). It then measures the exact heap
 * bytes each workload's training step allocates on the calling thread once warm.
 *
 * <p>{@code java -cp ... org.neurite.benchmarks.Soak [steps]} (see benchmarks/README.md).
 */
public final class Soak {
    static final long LIMIT_MB = 16;

    private Soak() {
    }

    /** Memory in use now, in bytes: heap after GC, resident set, JavaCPP-tracked. */
    record Memory(long heap, long physical, long tracked) {
        static Memory now() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Runtime rt = Runtime.getRuntime();
            return new Memory(rt.totalMemory() - rt.freeMemory(), Pointer.physicalBytes(), Pointer.totalBytes());
        }

        String describe() {
            return String.format(Locale.ROOT, "heap %.2f MB, off-heap: physical (RSS) %.2f MB, JavaCPP-tracked %.2f MB",
                    heap / 1e6, physical / 1e6, tracked / 1e6);
        }
    }

    public static void main(String[] args) {
        long steps = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        if (steps < 1) {
            throw new IllegalArgumentException("Soak: steps must be >= 1; received " + steps + ".");
        }
        Nd4jSettings.apply();
        boolean ok = soak(steps);
        for (Workload w : new Workload[] {Workload.XOR_TINY, Workload.MLP_MEDIUM, Workload.MLP_LARGE}) {
            System.out.printf(Locale.ROOT, "%s: %.1f heap bytes allocated per training step once warm%n", w,
                    bytesPerStep(w));
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean soak(long steps) {
        Workload w = Workload.XOR_TINY;
        Sequential model = w.model(1);
        model.compile(Adams.create(), w.loss());
        INDArray x = w.features();
        INDArray y = w.labels();
        for (int i = 0; i < 10_000; i++) {
            model.trainOnBatch(x, y);
        }
        Memory start = Memory.now();
        System.out.println("start (after 10,000 warm-up steps): " + start.describe());
        long t0 = System.nanoTime();
        double loss = 0;
        for (long i = 0; i < steps; i++) {
            loss = model.trainOnBatch(x, y);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Memory end = Memory.now();
        System.out.println("end (after " + steps + " steps): " + end.describe());
        double heapGrowth = (end.heap - start.heap) / 1e6;
        double physicalGrowth = (end.physical - start.physical) / 1e6;
        double trackedGrowth = (end.tracked - start.tracked) / 1e6;
        boolean ok = heapGrowth < LIMIT_MB && physicalGrowth < LIMIT_MB && trackedGrowth < LIMIT_MB;
        System.out.printf(Locale.ROOT, "growth: heap %+.2f MB, physical %+.2f MB, tracked %+.2f MB (limit %d MB): %s%n",
                heapGrowth, physicalGrowth, trackedGrowth, LIMIT_MB, ok ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "%d steps in %.1f s (%.2f µs/step), final loss %.3g%n", steps, seconds,
                seconds * 1e6 / steps, loss);
        return ok;
    }

    /** Heap bytes the calling thread allocates per trainOnBatch once warm (exact, from the JVM's counter). */
    static double bytesPerStep(Workload w) {
        Sequential model = w.model(1);
        model.compile(Adams.create(), w.loss());
        INDArray x = w.features();
        INDArray y = w.labels();
        int n = w.batch() >= 256 ? 30 : 2000;
        for (int i = 0; i < 3 * n; i++) {
            model.trainOnBatch(x, y);
        }
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        for (int i = 0; i < n; i++) {
            model.trainOnBatch(x, y);
        }
        return (bean.getThreadAllocatedBytes(id) - before) / (double) n;
    }
}
