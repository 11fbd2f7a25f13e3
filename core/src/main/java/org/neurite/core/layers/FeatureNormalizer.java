package org.neurite.core.layers;

import java.util.List;
import org.neurite.core.spi.LayerPass;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * BatchNormalization's passes as fused loops over row chunks. Scratch layout: {@code c} holds μ then
 * 1/√(σ² + ε) per feature, {@code d} holds γ·inv, β, Σdy and Σdy·x̂; {@code a} and {@code b} hold row chunks.
 */
final class FeatureNormalizer {
    private FeatureNormalizer() {
    }

    static void batchForward(BatchNormalization bn, LayerPass pass) {
        NativeMatrix x = pass.inputMatrix();
        int rows = pass.rows();
        int width = x.cols();
        Scratch s = pass.scratch();
        List<NativeMatrix> w = pass.weightMatrices();
        int moving = (bn.scale() ? 1 : 0) + (bn.center() ? 1 : 0);
        if (pass.training()) {
            moments(x, rows, width, s);
            if (pass.updatesState()) {
                double m = bn.momentum();
                for (int c = 0; c < width; c++) {
                    w.get(moving).set(c, w.get(moving).get(c) * m + s.c[c] * (1 - m));
                    w.get(moving + 1).set(c, w.get(moving + 1).get(c) * m + s.c[width + c] * (1 - m));
                }
            }
            for (int c = 0; c < width; c++) {
                s.c[width + c] = 1 / Math.sqrt(s.c[width + c] + bn.epsilon());
            }
            // Round the statistics to the model's type once, so backward sees exactly what forward used.
            NativeMatrix stats = pass.bufferMatrices().get(0);
            stats.store(0, s.c, 2 * width, s);
            stats.load(0, s.c, 2 * width, s);
        } else {
            movingStatistics(bn, w, moving, width, s);
        }
        for (int c = 0; c < width; c++) {
            s.d[c] = (bn.scale() ? w.get(0).get(c) : 1) * s.c[width + c];
            s.d[width + c] = bn.center() ? w.get(bn.scale() ? 1 : 0).get(c) : 0;
        }
        NativeMatrix z = pass.preActivationMatrix();
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            x.load(r * width, s.a, len, s);
            for (int o = 0; o < len; o += width) {
                for (int c = 0; c < width; c++) {
                    s.a[o + c] = (s.a[o + c] - s.c[c]) * s.d[c] + s.d[width + c];
                }
            }
            z.store(r * width, s.a, len, s);
        }
    }

    /** Writes the moving mean to {@code s.c[0, width)} and 1/√(moving variance + ε) after it. */
    private static void movingStatistics(BatchNormalization bn, List<NativeMatrix> w, int moving, int width,
                                         Scratch s) {
        for (int c = 0; c < width; c++) {
            s.c[c] = w.get(moving).get(c);
            s.c[width + c] = 1 / Math.sqrt(w.get(moving + 1).get(c) + bn.epsilon());
        }
    }

    /** Writes the per-feature mean to {@code s.c[0, width)} and biased variance to {@code s.c[width, 2·width)}. */
    private static void moments(NativeMatrix x, int rows, int width, Scratch s) {
        java.util.Arrays.fill(s.c, 0, 2 * width, 0.0);
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            x.load(r * width, s.a, len, s);
            for (int o = 0; o < len; o += width) {
                for (int c = 0; c < width; c++) {
                    s.c[c] += s.a[o + c];
                }
            }
        }
        for (int c = 0; c < width; c++) {
            s.c[c] /= rows;
        }
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            x.load(r * width, s.a, len, s);
            for (int o = 0; o < len; o += width) {
                for (int c = 0; c < width; c++) {
                    double v = s.a[o + c] - s.c[c];
                    s.c[width + c] += v * v;
                }
            }
        }
        for (int c = 0; c < width; c++) {
            s.c[width + c] /= rows;
        }
    }

    /**
     * dβ = Σdy, dγ = Σdy·x̂ and, in training, dx = γ·inv/N·(N·dy − Σdy − x̂·Σdy·x̂) (the batch statistics depend
     * on x); at inference dx = γ·inv·dy.
     */
    static void batchBackward(BatchNormalization bn, LayerPass pass) {
        NativeMatrix x = pass.inputMatrix();
        NativeMatrix dz = pass.preActivationGradientMatrix();
        int rows = pass.rows();
        int width = x.cols();
        Scratch s = pass.scratch();
        List<NativeMatrix> w = pass.weightMatrices();
        int moving = (bn.scale() ? 1 : 0) + (bn.center() ? 1 : 0);
        if (pass.training()) {
            pass.bufferMatrices().get(0).load(0, s.c, 2 * width, s);
        } else {
            movingStatistics(bn, w, moving, width, s);
        }
        java.util.Arrays.fill(s.d, 0, 4 * width, 0.0);
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            dz.load(r * width, s.a, len, s);
            x.load(r * width, s.b, len, s);
            for (int o = 0; o < len; o += width) {
                for (int c = 0; c < width; c++) {
                    s.d[2 * width + c] += s.a[o + c];
                    s.d[3 * width + c] += s.a[o + c] * (s.b[o + c] - s.c[c]) * s.c[width + c];
                }
            }
        }
        for (int c = 0; c < width; c++) {
            if (bn.scale()) {
                pass.gradientMatrices().get(0).set(c, s.d[3 * width + c]);
            }
            if (bn.center()) {
                pass.gradientMatrices().get(bn.scale() ? 1 : 0).set(c, s.d[2 * width + c]);
            }
        }
        if (!pass.hasInputGradient()) {
            return;
        }
        for (int c = 0; c < width; c++) {
            s.d[c] = (bn.scale() ? w.get(0).get(c) : 1) * s.c[width + c];
        }
        boolean coupled = pass.training();
        NativeMatrix dx = pass.inputGradientMatrix();
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            dz.load(r * width, s.a, len, s);
            x.load(r * width, s.b, len, s);
            if (coupled) {
                for (int o = 0; o < len; o += width) {
                    for (int c = 0; c < width; c++) {
                        double xhat = (s.b[o + c] - s.c[c]) * s.c[width + c];
                        s.a[o + c] = s.d[c] / rows
                                * (rows * s.a[o + c] - s.d[2 * width + c] - xhat * s.d[3 * width + c]);
                    }
                }
            } else {
                for (int o = 0; o < len; o += width) {
                    for (int c = 0; c < width; c++) {
                        s.a[o + c] *= s.d[c];
                    }
                }
            }
            dx.store(r * width, s.a, len, s);
        }
    }
}
