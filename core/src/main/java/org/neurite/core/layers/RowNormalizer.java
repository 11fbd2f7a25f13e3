package org.neurite.core.layers;

import org.neurite.core.spi.LayerPass;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * LayerNormalization's passes as fused loops over row chunks; each row's μ and 1/√(σ² + ε) are kept in the
 * layer's per-row buffer from forward to backward. Scratch: {@code c} holds γ then β, {@code d} Σdy·x̂ then Σdy.
 */
final class RowNormalizer {
    private RowNormalizer() {
    }

    static void forward(LayerNormalization ln, LayerPass pass) {
        NativeMatrix x = pass.inputMatrix();
        NativeMatrix stats = pass.bufferMatrices().get(0);
        int rows = pass.rows();
        int width = x.cols();
        Scratch s = pass.scratch();
        loadAffine(ln, pass, width, s);
        NativeMatrix z = pass.preActivationMatrix();
        int step = Math.max(1, Math.min(Scratch.rowsPerChunk(width), s.b.length / 2));
        for (int r = 0; r < rows; r += step) {
            int n = Math.min(step, rows - r);
            x.load(r * width, s.a, n * width, s);
            for (int i = 0; i < n; i++) {
                int o = i * width;
                double mean = 0;
                for (int c = 0; c < width; c++) {
                    mean += s.a[o + c];
                }
                mean /= width;
                double var = 0;
                for (int c = 0; c < width; c++) {
                    double v = s.a[o + c] - mean;
                    var += v * v;
                }
                s.b[2 * i] = mean;
                s.b[2 * i + 1] = 1 / Math.sqrt(var / width + ln.epsilon());
            }
            // Round the statistics to the model's type once, so backward sees exactly what forward used.
            stats.store(2 * r, s.b, 2 * n, s);
            stats.load(2 * r, s.b, 2 * n, s);
            for (int i = 0; i < n; i++) {
                int o = i * width;
                for (int c = 0; c < width; c++) {
                    s.a[o + c] = (s.a[o + c] - s.b[2 * i]) * s.b[2 * i + 1] * s.c[c] + s.c[width + c];
                }
            }
            z.store(r * width, s.a, n * width, s);
        }
    }

    private static void loadAffine(LayerNormalization ln, LayerPass pass, int width, Scratch s) {
        for (int c = 0; c < width; c++) {
            s.c[c] = ln.scale() ? pass.weightMatrices().get(0).get(c) : 1;
            s.c[width + c] = ln.center() ? pass.weightMatrices().get(ln.scale() ? 1 : 0).get(c) : 0;
        }
    }

    /** dγ = Σ_rows dy·x̂, dβ = Σ_rows dy, and per row with g = γ·dy: dx = inv/W·(W·g − Σg − x̂·Σg·x̂). */
    static void backward(LayerNormalization ln, LayerPass pass) {
        NativeMatrix x = pass.inputMatrix();
        NativeMatrix dz = pass.preActivationGradientMatrix();
        NativeMatrix stats = pass.bufferMatrices().get(0);
        int rows = pass.rows();
        int width = x.cols();
        Scratch s = pass.scratch();
        loadAffine(ln, pass, width, s);
        java.util.Arrays.fill(s.d, 0, 2 * width, 0.0);
        boolean input = pass.hasInputGradient();
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < rows; r += step) {
            int n = Math.min(step, rows - r);
            dz.load(r * width, s.a, n * width, s);
            x.load(r * width, s.b, n * width, s);
            for (int i = 0; i < n; i++) {
                int o = i * width;
                double mean = stats.get(2 * (r + i));
                double inv = stats.get(2 * (r + i) + 1);
                double sumG = 0;
                double sumGx = 0;
                for (int c = 0; c < width; c++) {
                    double xhat = (s.b[o + c] - mean) * inv;
                    double dy = s.a[o + c];
                    double g = dy * s.c[c];
                    sumG += g;
                    sumGx += g * xhat;
                    s.d[c] += dy * xhat;
                    s.d[width + c] += dy;
                }
                if (input) {
                    for (int c = 0; c < width; c++) {
                        double xhat = (s.b[o + c] - mean) * inv;
                        s.a[o + c] = inv / width * (width * s.a[o + c] * s.c[c] - sumG - xhat * sumGx);
                    }
                }
            }
            if (input) {
                pass.inputGradientMatrix().store(r * width, s.a, n * width, s);
            }
        }
        for (int c = 0; c < width; c++) {
            if (ln.scale()) {
                pass.gradientMatrices().get(0).set(c, s.d[c]);
            }
            if (ln.center()) {
                pass.gradientMatrices().get(ln.scale() ? 1 : 0).set(c, s.d[width + c]);
            }
        }
    }
}
