package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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

    /** FLOAT operands of one product: A, B (stored with the transposes applied) and the C that beta scales. */
    private record Operands(boolean ta, boolean tb, int m, int n, int k, float[] a, float[] b, float[] c) {
        static Operands random(boolean ta, boolean tb, int m, int n, int k, Random r) {
            return new Operands(ta, tb, m, n, k, gaussian(m * k, r), gaussian(k * n, r), gaussian(m * n, r));
        }

        /** SmallProducts' documented rule: each output sums a·b in index order in float, then adds beta·c. */
        float[] loops(float beta) {
            float[] out = new float[m * n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    float sum = 0f;
                    for (int p = 0; p < k; p++) {
                        float av = ta ? a[p * m + i] : a[i * k + p];
                        float bv = tb ? b[j * k + p] : b[p * n + j];
                        sum += av * bv;
                    }
                    out[i * n + j] = beta == 0f ? sum : sum + beta * c[i * n + j];
                }
            }
            return out;
        }

        /** OpenBLAS's sgemm on the same data, called through ND4J's own BLAS wrapper rather than Neurite's call. */
        float[] openBlas(float beta) {
            INDArray av = Nd4j.createFromArray(a).reshape(ta ? k : m, ta ? m : k);
            INDArray bv = Nd4j.createFromArray(b).reshape(tb ? n : k, tb ? k : n);
            INDArray cv = Nd4j.createFromArray(c).reshape(m, n);
            Nd4j.getBlasWrapper().level3().gemm(av, bv, cv, ta, tb, 1.0, beta);
            return cv.data().asFloat();
        }

        /** Blas.gemm's result on NativeMatrix copies of the operands. */
        float[] blas(boolean small, float beta) {
            NativeMatrix cm = matrix(c, m, n);
            Blas.gemm(small, ta, tb, m, n, k, matrix(a, ta ? k : m, ta ? m : k), matrix(b, tb ? n : k, tb ? k : n),
                    beta, cm);
            return copy(cm, m * n);
        }
    }

    private static float[] gaussian(int length, Random r) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) r.nextGaussian();
        }
        return values;
    }

    private static NativeMatrix matrix(float[] values, int rows, int cols) {
        NativeMatrix m = NativeMatrix.allocate(DataType.FLOAT, rows, cols);
        m.storeFloats(0, values, values.length);
        return m;
    }

    private static float[] copy(NativeMatrix m, int length) {
        float[] out = new float[length];
        m.loadFloats(0, out, length);
        return out;
    }

    /**
     * Seeded Gaussian operands for which the loops and OpenBLAS give different bits in at least one output
     * (OpenBLAS's kernels fuse each multiply-add, the loops round the product first), so a result shows which
     * path computed it. Fails if no seed tells them apart: the path would then be invisible on this machine.
     */
    private static Operands tellingThePathsApart(boolean ta, boolean tb, int m, int n, int k, float beta) {
        for (int seed = 0; seed < 100; seed++) {
            Operands o = Operands.random(ta, tb, m, n, k, new Random(seed));
            if (!Arrays.equals(o.loops(beta), o.openBlas(beta))) {
                return o;
            }
        }
        return fail("no seed below 100 makes the loops and OpenBLAS differ for " + m + "x" + n + "x" + k);
    }

    @Test
    void floatProductsOfAtMostSmallMultiplyAddsRunAsTheLoopsAndLargerOnesOnOpenBlasBitForBit() {
        // {m, n, k, 1 if the loops compute it}: 3·5·17 = 255 and 4·4·16 = 256 = SMALL are the loops' (the largest
        // two), 2·3·43 = 258 and 4·4·17 = 272 OpenBLAS's (the smallest above SMALL with these shapes).
        for (int[] size : new int[][] {{3, 5, 17, 1}, {4, 4, 16, 1}, {2, 3, 43, 0}, {4, 4, 17, 0}}) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    for (float beta : new float[] {0f, 0.5f}) {
                        Operands o = tellingThePathsApart(ta, tb, size[0], size[1], size[2], beta);
                        float[] expected = size[3] == 1 ? o.loops(beta) : o.openBlas(beta);
                        assertArrayEquals(expected, o.blas(true, beta), Arrays.toString(size) + " ta=" + ta + " tb="
                                + tb + " beta=" + beta + (size[3] == 1 ? ": the loops" : ": OpenBLAS"));
                    }
                }
            }
        }
    }

    @Test
    void withoutTheSmallFlagEvenATinyFloatProductRunsOnOpenBlasBitForBit() {
        Operands o = tellingThePathsApart(false, true, 2, 3, 5, 0f);
        assertArrayEquals(o.openBlas(0f), o.blas(false, 0f));
        NativeMatrix c = matrix(o.c(), 2, 3);
        Blas.gemm(false, true, 2, 3, 5, matrix(o.a(), 2, 5), matrix(o.b(), 3, 5), 0, c);
        assertArrayEquals(o.openBlas(0f), copy(c, 6), "the overload without the flag");
    }

    /** y = A[m, n]ᵀ·x through Blas.gemvTransposed, and the references: the loops' rule and OpenBLAS via ND4J. */
    private record Gemv(int m, int n, float[] a, float[] x) {
        float[] loops() {
            float[] y = new float[n];
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int i = 0; i < m; i++) {
                    sum += a[i * n + j] * x[i];
                }
                y[j] = sum;
            }
            return y;
        }

        float[] openBlas() {
            INDArray y = Nd4j.create(DataType.FLOAT, 1, n);
            Nd4j.getBlasWrapper().level3().gemm(Nd4j.createFromArray(x).reshape(m, 1),
                    Nd4j.createFromArray(a).reshape(m, n), y, true, false, 1.0, 0.0);
            return y.data().asFloat();
        }

        float[] blas(boolean small) {
            NativeMatrix y = NativeMatrix.allocate(DataType.FLOAT, 1, n);
            Blas.gemvTransposed(small, m, matrix(a, m, n), matrix(x, m, 1), y);
            return copy(y, n);
        }

        static Gemv tellingThePathsApart(int m, int n) {
            for (int seed = 0; seed < 100; seed++) {
                Random r = new Random(seed);
                Gemv g = new Gemv(m, n, gaussian(m * n, r), gaussian(m, r));
                if (!Arrays.equals(g.loops(), g.openBlas())) {
                    return g;
                }
            }
            return fail("no seed below 100 makes the loops and OpenBLAS differ for " + m + "x" + n);
        }
    }

    @Test
    void floatGemvsOfAtMostSmallElementsRunAsTheLoopsAndLargerOnesOnOpenBlasBitForBit() {
        // {m, n, 1 if the loops compute it}: 15·17 = 255 and 16·16 = 256 = SMALL the loops', 43·6 = 258 and
        // 16·17 = 272 OpenBLAS's.
        for (int[] size : new int[][] {{15, 17, 1}, {16, 16, 1}, {43, 6, 0}, {16, 17, 0}}) {
            Gemv g = Gemv.tellingThePathsApart(size[0], size[1]);
            assertArrayEquals(size[2] == 1 ? g.loops() : g.openBlas(), g.blas(true), Arrays.toString(size));
        }
        Gemv tiny = Gemv.tellingThePathsApart(3, 4);
        assertArrayEquals(tiny.openBlas(), tiny.blas(false), "without the flag even 3x4 runs on OpenBLAS");
        NativeMatrix y = NativeMatrix.allocate(DataType.FLOAT, 1, 4);
        Blas.gemvTransposed(3, matrix(tiny.a(), 3, 4), matrix(tiny.x(), 3, 1), y);
        assertArrayEquals(tiny.openBlas(), copy(y, 4), "the overload without the flag");
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
