package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class BlasTest {
    private static NativeMatrix random(DataType type, int rows, int cols, Random r) {
        NativeMatrix m = NativeMatrix.allocate(type, rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.set(i, r.nextGaussian());
        }
        return m;
    }

    /** op(A)·op(B) + beta·C in double, from the stored (already rounded) elements. */
    private static double[] reference(boolean ta, boolean tb, int m, int n, int k, NativeMatrix a, NativeMatrix b,
                                      double beta, NativeMatrix c) {
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = beta * c.get(i * n + j);
                for (int p = 0; p < k; p++) {
                    sum += (ta ? a.get(p * m + i) : a.get(i * k + p)) * (tb ? b.get(j * k + p) : b.get(p * n + j));
                }
                out[i * n + j] = sum;
            }
        }
        return out;
    }

    private static void checkGemm(DataType type, boolean small, int m, int n, int k, double tolerance) {
        Random r = new Random(m * 31L + n * 7L + k);
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                for (double beta : new double[] {0, 0.5}) {
                    NativeMatrix a = ta ? random(type, k, m, r) : random(type, m, k, r);
                    NativeMatrix b = tb ? random(type, n, k, r) : random(type, k, n, r);
                    NativeMatrix c = random(type, m, n, r);
                    double[] expected = reference(ta, tb, m, n, k, a, b, beta, c);
                    Blas.gemm(small, ta, tb, m, n, k, a, b, beta, c);
                    for (int i = 0; i < m * n; i++) {
                        assertEquals(expected[i], c.get(i), tolerance, type + " small=" + small + " " + m + "x" + n
                                + "x" + k + " ta=" + ta + " tb=" + tb + " beta=" + beta + " at " + i);
                    }
                }
            }
        }
    }

    @Test
    void gemmMatchesADoubleReferenceForEveryTypeTransposeBetaAndSize() {
        // 4·4·16 = 256 = SMALL multiply-adds (the loops' largest product), 4·4·17 one past it, 20·10·30 far above.
        for (int[] size : new int[][] {{4, 4, 16}, {4, 4, 17}, {20, 10, 30}, {3, 2, 5}}) {
            for (boolean small : new boolean[] {false, true}) {
                checkGemm(DataType.FLOAT, small, size[0], size[1], size[2], 1e-4);
                checkGemm(DataType.DOUBLE, small, size[0], size[1], size[2], 1e-12);
            }
        }
    }

    @Test
    void theFourArgumentGemmIsTheBlasOne() {
        Random r = new Random(8);
        NativeMatrix a = random(DataType.DOUBLE, 3, 4, r);
        NativeMatrix b = random(DataType.DOUBLE, 4, 2, r);
        NativeMatrix c = random(DataType.DOUBLE, 3, 2, r);
        double[] expected = reference(false, false, 3, 2, 4, a, b, 1, c);
        Blas.gemm(false, false, 3, 2, 4, a, b, 1, c);
        for (int i = 0; i < 6; i++) {
            assertEquals(expected[i], c.get(i), 1e-12);
        }
    }

    private static void checkGemv(DataType type, boolean small, int rows, int used, int cols, double tolerance) {
        Random r = new Random(rows * 13L + cols);
        NativeMatrix a = random(type, rows, cols, r);
        NativeMatrix x = random(type, rows, 1, r);
        NativeMatrix y = random(type, 1, cols, r);
        Blas.gemvTransposed(small, used, a, x, y);
        for (int j = 0; j < cols; j++) {
            double expected = 0;
            for (int i = 0; i < used; i++) {
                expected += a.get(i * cols + j) * x.get(i);
            }
            assertEquals(expected, y.get(j), tolerance, type + " small=" + small + " " + used + "x" + cols + " at " + j);
        }
    }

    @Test
    void gemvTransposedSumsTheUsedRowsWeightedByXForEveryTypeAndSize() {
        // 16·16 = SMALL elements, 16·17 one past it, 60·40 far above; only the first `used` rows count.
        for (int[] size : new int[][] {{20, 16, 16}, {20, 16, 17}, {64, 60, 40}, {5, 3, 4}}) {
            for (boolean small : new boolean[] {false, true}) {
                checkGemv(DataType.FLOAT, small, size[0], size[1], size[2], 1e-4);
                checkGemv(DataType.DOUBLE, small, size[0], size[1], size[2], 1e-12);
            }
        }
        Random r = new Random(9);
        NativeMatrix a = random(DataType.FLOAT, 30, 20, r);
        NativeMatrix ones = NativeMatrix.allocate(DataType.FLOAT, 30, 1);
        ones.fill(30, 1);
        NativeMatrix sums = NativeMatrix.allocate(DataType.FLOAT, 1, 20);
        Blas.gemvTransposed(30, a, ones, sums);
        for (int j = 0; j < 20; j++) {
            double expected = 0;
            for (int i = 0; i < 30; i++) {
                expected += a.get(i * 20 + j);
            }
            assertEquals(expected, sums.get(j), 1e-4, "column sum " + j);
        }
    }

    @Test
    void floatAbsSumAddsTheMagnitudesOfTheFirstElementsOnly() {
        NativeMatrix m = NativeMatrix.allocate(DataType.FLOAT, 2, 3);
        float[] values = {1.5f, -2f, 0.25f, -4f, 8f, 100f};
        for (int i = 0; i < values.length; i++) {
            m.setFloat(i, values[i]);
        }
        assertEquals(7.75f, Blas.floatAbsSum(m, 4));
        assertEquals(115.75f, Blas.floatAbsSum(m, 6));
        m.setFloat(2, Float.NaN);
        assertTrue(Float.isNaN(Blas.floatAbsSum(m, 3)), "a NaN element makes the sum non-finite");
        assertEquals(3.5f, Blas.floatAbsSum(m, 2), "elements past the length are not read");
    }
}
