package org.neurite.engine.kernel;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemv;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sasum;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemv;

/**
 * Matrix products called straight on ND4J's buffers through the OpenBLAS that ND4J loads (about 0.07 µs of
 * overhead, against 5–20 µs through ND4J's op dispatch; see shared/notes/nd4j-hotpath.md). Row-major;
 * transposes are flags, never copies; leading dimensions are the stored column counts.
 *
 * <p>Which code computes a product: with {@code small} set, a FLOAT product of at most {@link #SMALL}
 * multiply-adds ({@code m·n·k} for {@code gemm}, {@code m·n} for {@code gemvTransposed}) runs as Java loops that
 * sum each output's products in index order in float, rounding every product before adding it; everything else
 * (DOUBLE, larger products, {@code small} not set) runs on OpenBLAS, whose kernels for current x86 CPUs fuse each
 * multiply-add. The two may differ in the last bit of an output, so the path is part of the result (a float model's
 * gradients depend on it); each path is deterministic.
 */
public final class Blas {
    static {
        // The kernel choice first (a no-op once done), then make sure ND4J has loaded its backend (and so
        // OpenBLAS) before the first direct call.
        BlasSetup.ensure();
        org.nd4j.linalg.factory.Nd4j.getBackend();
    }

    /**
     * Products of at most this many multiply-adds (FLOAT) may run as Java loops: a JNI call into OpenBLAS costs
     * about 0.07–0.1 µs, more than such a product itself (xor-tiny's are 4–32 multiply-adds), while the loops
     * read the buffers one element at a time (about 1 ns each), so larger products go to BLAS.
     */
    public static final int SMALL = 256;

    private Blas() {
    }

    /**
     * {@code C[m,n] = op(A)·op(B) + beta·C}, where op(A) is {@code [m,k]} and op(B) is {@code [k,n]}.
     */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k,
                            NativeMatrix a, NativeMatrix b, double beta, NativeMatrix c) {
        gemm(false, transA, transB, m, n, k, a, b, beta, c);
    }

    /**
     * {@link #gemm(boolean, boolean, int, int, int, NativeMatrix, NativeMatrix, double, NativeMatrix)}, as Java
     * loops when {@code small} allows it and the FLOAT product has at most {@link #SMALL} multiply-adds.
     */
    public static void gemm(boolean small, boolean transA, boolean transB, int m, int n, int k,
                            NativeMatrix a, NativeMatrix b, double beta, NativeMatrix c) {
        if (small && c.isFloat() && (long) m * n * k <= SMALL) {
            SmallProducts.gemm(transA, transB, m, n, k, a, b, (float) beta, c);
            return;
        }
        int ta = transA ? CblasTrans : CblasNoTrans;
        int tb = transB ? CblasTrans : CblasNoTrans;
        if (c.isFloat()) {
            cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, 1f, a.floatPointer(), a.cols(),
                    b.floatPointer(), b.cols(), (float) beta, c.floatPointer(), c.cols());
        } else {
            cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, 1.0, a.doublePointer(), a.cols(),
                    b.doublePointer(), b.cols(), beta, c.doublePointer(), c.cols());
        }
    }

    /** {@code y[n] = A[0:m, :]ᵀ · x[m]}: column sums when x is all ones. */
    public static void gemvTransposed(int m, NativeMatrix a, NativeMatrix x, NativeMatrix y) {
        gemvTransposed(false, m, a, x, y);
    }

    /** {@link #gemvTransposed(int, NativeMatrix, NativeMatrix, NativeMatrix)}, as Java loops when small. */
    public static void gemvTransposed(boolean small, int m, NativeMatrix a, NativeMatrix x, NativeMatrix y) {
        int n = a.cols();
        if (small && a.isFloat() && (long) m * n <= SMALL) {
            SmallProducts.gemvTransposed(m, a, x, y);
            return;
        }
        if (a.isFloat()) {
            cblas_sgemv(CblasRowMajor, CblasTrans, m, n, 1f, a.floatPointer(), n, x.floatPointer(), 1, 0f,
                    y.floatPointer(), 1);
        } else {
            cblas_dgemv(CblasRowMajor, CblasTrans, m, n, 1.0, a.doublePointer(), n, x.doublePointer(), 1, 0.0,
                    y.doublePointer(), 1);
        }
    }

    /**
     * Σ|x| over the first {@code length} elements of a FLOAT matrix. An Inf or NaN element makes it non-finite,
     * so a finite result proves every element finite (a non-finite one may also come from overflow of large
     * finite values, so callers must check exactly then).
     */
    public static float floatAbsSum(NativeMatrix m, int length) {
        return cblas_sasum(length, m.floatPointer(), 1);
    }
}
