package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class SmallProductsTest {
    private static NativeMatrix random(int rows, int cols, Random r) {
        NativeMatrix m = NativeMatrix.allocate(DataType.FLOAT, rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.set(i, r.nextGaussian());
        }
        return m;
    }

    @Test
    void gemmMatchesAPlainDoubleProductForEveryTransposeAndBeta() {
        Random r = new Random(3);
        int m = 4;
        int n = 3;
        int k = 5;
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                for (float beta : new float[] {0f, 1f}) {
                    NativeMatrix a = ta ? random(k, m, r) : random(m, k, r);
                    NativeMatrix b = tb ? random(n, k, r) : random(k, n, r);
                    NativeMatrix c = random(m, n, r);
                    double[] before = new double[m * n];
                    for (int i = 0; i < m * n; i++) {
                        before[i] = c.get(i);
                    }
                    SmallProducts.gemm(ta, tb, m, n, k, a, b, beta, c);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            double expected = beta * before[i * n + j];
                            for (int p = 0; p < k; p++) {
                                double av = ta ? a.get(p * m + i) : a.get(i * k + p);
                                double bv = tb ? b.get(j * k + p) : b.get(p * n + j);
                                expected += av * bv;
                            }
                            assertEquals(expected, c.get(i * n + j), 1e-5, "ta=" + ta + " tb=" + tb + " beta=" + beta);
                        }
                    }
                }
            }
        }
    }

    @Test
    void gemvTransposedSumsTheFirstRowsWeightedByX() {
        Random r = new Random(4);
        NativeMatrix a = random(6, 3, r);
        NativeMatrix x = random(6, 1, r);
        NativeMatrix y = NativeMatrix.allocate(DataType.FLOAT, 1, 3);
        SmallProducts.gemvTransposed(4, a, x, y);
        for (int j = 0; j < 3; j++) {
            double expected = 0;
            for (int i = 0; i < 4; i++) {
                expected += a.get(i * 3 + j) * x.get(i);
            }
            assertEquals(expected, y.get(j), 1e-5);
        }
    }

    @Test
    void loopsAgreeWithOpenBlasOnAProductAboveTheThreshold() {
        Random r = new Random(5);
        NativeMatrix a = random(20, 30, r);
        NativeMatrix b = random(30, 10, r);
        NativeMatrix viaBlas = NativeMatrix.allocate(DataType.FLOAT, 20, 10);
        NativeMatrix viaLoops = NativeMatrix.allocate(DataType.FLOAT, 20, 10);
        Blas.gemm(false, false, 20, 10, 30, a, b, 0, viaBlas); // small = false: always OpenBLAS
        SmallProducts.gemm(false, false, 20, 10, 30, a, b, 0f, viaLoops);
        for (int i = 0; i < 200; i++) {
            assertEquals(viaBlas.get(i), viaLoops.get(i), 1e-4);
        }
    }
}
