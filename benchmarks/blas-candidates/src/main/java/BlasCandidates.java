import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Other BLAS libraries than the OpenBLAS 0.3.19 that ND4J ships, through their JavaCPP presets: OpenBLAS 0.3.31,
 * oneDNN 3.11 ({@code dnnl_sgemm}) and oneMKL 2025.3. Row-major sgemm on the workloads' shapes, GFLOP per CPU
 * second of the calling thread (the rate of one core, whatever else the machine runs), median and best of 5.
 * {@code java -cp ... BlasCandidates openblas|dnnl|mkl THREADS}.
 */
public class BlasCandidates {
    interface Gemm { void run(int m, int n, int k, FloatPointer a, FloatPointer b, FloatPointer c); }

    public static void main(String[] args) {
        String lib = args[0];
        int threads = Integer.parseInt(args[1]);
        Gemm g;
        switch (lib) {
            case "openblas" -> {
                org.bytedeco.openblas.global.openblas_nolapack.blas_set_num_threads(threads);
                System.out.println("openblas vendor " + org.bytedeco.openblas.global.openblas_nolapack.blas_get_vendor() + " threads " + org.bytedeco.openblas.global.openblas_nolapack.blas_get_num_threads());
                g = (m, n, k, a, b, c) -> org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm(101, 111, 111, m, n, k, 1f, a, k, b, n, 0f, c, n);
            }
            case "mkl" -> {
                org.bytedeco.mkl.global.mkl_rt.MKL_Set_Num_Threads(threads);
                g = (m, n, k, a, b, c) -> org.bytedeco.mkl.global.mkl_rt.cblas_sgemm(101, 111, 111, m, n, k, 1f, a, k, b, n, 0f, c, n);
            }
            case "dnnl" -> {
                g = (m, n, k, a, b, c) -> org.bytedeco.dnnl.global.dnnl.dnnl_sgemm((byte) 'N', (byte) 'N', m, n, k, 1f, a, k, b, n, 0f, c, n);
            }
            default -> throw new IllegalArgumentException(lib);
        }
        int[][] shapes = {{1024, 1024, 1024}, {256, 1024, 784}, {256, 1024, 1024}, {256, 10, 1024}, {32, 128, 64}, {32, 128, 128}};
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            FloatPointer a = new FloatPointer((long) m * k), b = new FloatPointer((long) k * n), c = new FloatPointer((long) m * n);
            java.util.Random r = new java.util.Random(1);
            for (long i = 0; i < (long) m * k; i++) a.put(i, r.nextFloat() - 0.5f);
            for (long i = 0; i < (long) k * n; i++) b.put(i, r.nextFloat() - 0.5f);
            double flop = 2.0 * m * n * k;
            int reps = (int) Math.max(3, Math.min(2000, 2e9 / flop));
            for (int w = 0; w < reps; w++) g.run(m, n, k, a, b, c);
            double[] wall = new double[5];
            for (int t = 0; t < 5; t++) {
                long t0 = bean.getCurrentThreadCpuTime();
                for (int w = 0; w < reps; w++) g.run(m, n, k, a, b, c);
                wall[t] = (bean.getCurrentThreadCpuTime() - t0) / 1e9 / reps;
            }
            Arrays.sort(wall);
            System.out.printf("%s threads=%d %dx%dx%d: per CPU-second: median %.1f GFLOP/s, best %.1f GFLOP/s (%.3f ms CPU)%n", lib, threads, m, n, k,
                    flop / wall[2] / 1e9, flop / wall[0] / 1e9, wall[0] * 1e3);
        }
    }
}
