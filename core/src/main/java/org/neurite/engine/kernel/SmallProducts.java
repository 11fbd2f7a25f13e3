package org.neurite.engine.kernel;

/**
 * Matrix products too small for a BLAS call to pay off, as plain loops over the FLOAT buffers: each output
 * sums its products in index order in float (deterministic; may differ from OpenBLAS in the last bits).
 */
final class SmallProducts {
    private SmallProducts() {
    }

    /** {@code C[m,n] = op(A)·op(B) + beta·C}, as {@link Blas#gemm}. */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, NativeMatrix a, NativeMatrix b,
                     float beta, NativeMatrix c) {
        int lda = a.cols();
        int ldb = b.cols();
        int ldc = c.cols();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    float av = a.getFloat(transA ? p * lda + i : i * lda + p);
                    float bv = b.getFloat(transB ? j * ldb + p : p * ldb + j);
                    sum += av * bv;
                }
                int at = i * ldc + j;
                c.setFloat(at, beta == 0f ? sum : sum + beta * c.getFloat(at));
            }
        }
    }

    /** {@code y[n] = A[0:m, :]ᵀ · x[m]}, as {@link Blas#gemvTransposed}. */
    static void gemvTransposed(int m, NativeMatrix a, NativeMatrix x, NativeMatrix y) {
        int n = a.cols();
        for (int j = 0; j < n; j++) {
            float sum = 0f;
            for (int i = 0; i < m; i++) {
                sum += a.getFloat(i * n + j) * x.getFloat(i);
            }
            y.setFloat(j, sum);
        }
    }
}
