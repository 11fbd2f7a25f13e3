package org.neurite.benchmarks;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import com.sun.jna.NativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.engine.kernel.BlasSetup;

/**
 * GFLOP/s of single sgemm calls (row-major, no transposes) on ND4J's OpenBLAS for 1024³ and the workloads'
 * forward shapes, with the kernel OpenBLAS chose ({@code openblas_get_corename}) and Neurite's
 * {@link BlasSetup#status()}. {@code java ... GemmGflops [seconds per shape]}; run it once with
 * {@code NEURITE_OPENBLAS_AVX512=false} and once without to compare the kernels in one session.
 */
public final class GemmGflops {
    /** m, k, n: 1024³, mlp-large's two big layers, mlp-medium's, fmnist-epoch's. */
    static final int[][] SHAPES = {{1024, 1024, 1024}, {256, 784, 1024}, {256, 1024, 1024}, {32, 64, 128},
        {32, 128, 128}, {32, 784, 128}};

    private GemmGflops() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        Nd4jSettings.apply();
        System.out.println("Neurite: " + BlasSetup.status() + "; OpenBLAS core: " + coreName() + "; threads: "
                + System.getenv("OPENBLAS_NUM_THREADS"));
        for (int[] s : SHAPES) {
            double[] r = gflops(s[0], s[1], s[2], seconds);
            System.out.printf(Locale.ROOT, "sgemm %4d x %4d x %4d: %6.1f GFLOP/s wall, %6.1f GFLOP per CPU second of "
                    + "this thread (medians of 5 runs)%n", s[0], s[1], s[2], r[0], r[1]);
        }
    }

    /**
     * {wall GFLOP/s, GFLOP per CPU second of the calling thread}; the second is what one core does whatever the
     * machine's load, and with one OpenBLAS thread all the work runs on the calling thread.
     */
    static double[] gflops(int m, int k, int n, double seconds) {
        INDArray a = Nd4j.rand(DataType.FLOAT, m, k);
        INDArray b = Nd4j.rand(DataType.FLOAT, k, n);
        INDArray c = Nd4j.create(DataType.FLOAT, m, n);
        FloatPointer pa = new FloatPointer(a.data().addressPointer());
        FloatPointer pb = new FloatPointer(b.data().addressPointer());
        FloatPointer pc = new FloatPointer(c.data().addressPointer());
        double flop = 2.0 * m * k * n;
        int calls = 1;
        long deadline = System.nanoTime() + (long) (seconds * 2e8);
        while (System.nanoTime() < deadline) { // warm-up and calibration: calls per fifth of the time
            for (int i = 0; i < calls; i++) {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1f, pa, k, pb, n, 0f, pc, n);
            }
            calls *= 2;
        }
        double[] rates = new double[5];
        double[] cpuRates = new double[5];
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < 5; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1f, pa, k, pb, n, 0f, pc, n);
            }
            rates[r] = flop * calls / (System.nanoTime() - t0);
            cpuRates[r] = flop * calls / (mx.getCurrentThreadCpuTime() - c0);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        return new double[] {rates[2], cpuRates[2]};
    }

    /** {@code openblas_get_corename()} of the libopenblas mapped into this process, or "unknown". */
    static String coreName() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                int at = line.indexOf('/');
                if (at >= 0 && line.contains("libopenblas")) {
                    return NativeLibrary.getInstance(line.substring(at)).getFunction("openblas_get_corename")
                            .invokeString(new Object[0], false);
                }
            }
        } catch (Exception | LinkageError e) {
            return "unknown (" + e + ")";
        }
        return "unknown";
    }
}
