package org.neurite.core.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.spi.BufferSpec;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.Noise;
import org.neurite.core.spi.WeightSpec;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * Keras's {@code Dropout(rate, noise_shape=None, seed=None)}, inverted dropout: in training each value is
 * kept with probability 1 − rate and scaled by 1 / (1 − rate), else zeroed; at inference the layer is the
 * identity. The mask is drawn from the fit seed (or {@code seed}), the layer's index and the optimizer step
 * ({@link Noise}), so runs are bit-identical and a resumed run draws the masks an uninterrupted one would
 * ({@code trainOnBatch} uses the last fit's seed, else the seed the model was built with).
 *
 * @param rate the fraction dropped, in [0, 1)
 * @param noiseShape null, or Keras's noise_shape for {@code [batch, features]}: two entries, each null (the
 *                   full size) or 1 (one draw shared along that axis), e.g. {@code [1, null]} shares the mask
 *                   across the rows of a batch
 * @param seed the layer's own seed, or null to use fit's
 * @param name the layer's name, or null
 */
public record Dropout(double rate, List<Integer> noiseShape, Long seed, String name) implements Layer {
    public Dropout {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("Dropout.rate must be in [0, 1); received rate=" + rate
                    + ". It is the fraction of inputs dropped; Keras examples use 0.2 to 0.5.");
        }
        if (noiseShape != null) {
            if (noiseShape.size() != 2) {
                throw new IllegalArgumentException("Dropout.noiseShape must have 2 entries [rows, features] for a "
                        + "Dense input; received noiseShape=" + noiseShape + ". Use e.g. Arrays.asList(1, null).");
            }
            noiseShape = java.util.Collections.unmodifiableList(new ArrayList<>(noiseShape));
            if (noiseShape.get(0) != null && noiseShape.get(0) != 1) {
                throw new IllegalArgumentException("Dropout.noiseShape[0] must be null (one draw per row) or 1 (shared"
                        + " across rows); received noiseShape=" + noiseShape + ".");
            }
            if (noiseShape.get(1) != null && noiseShape.get(1) < 1) {
                throw new IllegalArgumentException("Dropout.noiseShape[1] must be null, 1 or the feature count; "
                        + "received noiseShape=" + noiseShape + ".");
            }
        }
        Passes.checkName("Dropout", name);
    }

    /** Keras's {@code Dropout(rate)}. */
    public Dropout(double rate) {
        this(rate, null, null, null);
    }

    public Dropout withSeed(long seed) {
        return new Dropout(rate, noiseShape, seed, name);
    }

    public Dropout withNoiseShape(List<Integer> shape) {
        return new Dropout(rate, shape, seed, name);
    }

    public Dropout withName(String name) {
        return new Dropout(rate, noiseShape, seed, name);
    }

    @Override
    public String className() {
        return "Dropout";
    }

    @Override
    public int units() {
        return 0;
    }

    @Override
    public int outputWidth(int inputWidth) {
        Integer features = noiseShape == null ? null : noiseShape.get(1);
        if (features != null && features != 1 && features != inputWidth) {
            throw new IllegalArgumentException("Dropout.noiseShape[1] must be null, 1 or the feature count "
                    + inputWidth + "; received noiseShape=" + noiseShape + ".");
        }
        return inputWidth;
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        return List.of();
    }

    @Override
    public List<BufferSpec> buffers(int inputWidth) {
        return List.of(new BufferSpec("mask", true, inputWidth));
    }

    @Override
    public void forward(LayerPass pass) {
        if (!pass.training() || rate == 0) {
            Passes.copyInput(pass);
            return;
        }
        NativeMatrix x = pass.inputMatrix();
        NativeMatrix z = pass.preActivationMatrix();
        NativeMatrix mask = pass.bufferMatrices().get(0);
        int width = x.cols();
        boolean sharedRows = noiseShape != null && noiseShape.get(0) != null;
        boolean sharedCols = noiseShape != null && noiseShape.get(1) != null && noiseShape.get(1) == 1;
        long stream = seed == null ? pass.randomStream() : pass.randomStream(seed);
        double scale = 1 / (1 - rate);
        long threshold = Noise.threshold(rate);
        Scratch s = pass.scratch();
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < pass.rows(); r += step) {
            int n = Math.min(step, pass.rows() - r);
            int len = n * width;
            for (int i = 0; i < n; i++) {
                long row = sharedRows ? 0 : r + i;
                int o = i * width;
                for (int c = 0; c < width; c++) {
                    // 1 when uniform >= rate, i.e. when the 53 bits are >= rate·2^53 (no branch)
                    s.ia[o + c] = Noise.keep(stream, sharedCols ? row : row * width + c, threshold);
                }
            }
            if (x.isFloat()) {
                float fscale = (float) scale;
                x.loadFloats(r * width, s.fa, len);
                for (int i = 0; i < len; i++) {
                    s.fb[i] = fscale * s.ia[i];
                    s.fa[i] *= s.fb[i];
                }
                z.storeFloats(r * width, s.fa, len);
                mask.storeFloats(r * width, s.fb, len);
            } else {
                x.load(r * width, s.a, len, s);
                for (int i = 0; i < len; i++) {
                    s.b[i] = scale * s.ia[i];
                    s.a[i] *= s.b[i];
                }
                z.store(r * width, s.a, len, s);
                mask.store(r * width, s.b, len, s);
            }
        }
    }

    @Override
    public void backward(LayerPass pass) {
        if (!pass.training() || rate == 0) {
            Passes.copyGradient(pass);
            return;
        }
        if (!pass.hasInputGradient()) {
            return;
        }
        NativeMatrix dz = pass.preActivationGradientMatrix();
        NativeMatrix mask = pass.bufferMatrices().get(0);
        NativeMatrix dx = pass.inputGradientMatrix();
        Scratch s = pass.scratch();
        int total = pass.rows() * dz.cols();
        for (int off = 0; off < total; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, total - off);
            if (dz.isFloat()) {
                dz.loadFloats(off, s.fa, len);
                mask.loadFloats(off, s.fb, len);
                for (int i = 0; i < len; i++) {
                    s.fa[i] *= s.fb[i];
                }
                dx.storeFloats(off, s.fa, len);
            } else {
                dz.load(off, s.a, len, s);
                mask.load(off, s.b, len, s);
                for (int i = 0; i < len; i++) {
                    s.a[i] *= s.b[i];
                }
                dx.store(off, s.a, len, s);
            }
        }
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("rate", rate);
        config.put("noise_shape", noiseShape);
        config.put("seed", seed);
        return config;
    }

    /** The layer a Keras config describes ({@code rate}, {@code noise_shape}, {@code seed}, {@code name}). */
    static Dropout fromConfig(Map<String, Object> c) {
        Object shape = c.get("noise_shape");
        List<Integer> noise = null;
        if (shape instanceof List<?> list) {
            noise = new ArrayList<>();
            for (Object o : list) {
                noise.add(o == null ? null : ((Number) o).intValue());
            }
        } else if (shape != null) {
            throw new IllegalArgumentException("Dropout noise_shape must be null or a list; received " + shape + ".");
        }
        Object seed = c.get("seed");
        return new Dropout(LayerConfig.number(c, "rate", Double.NaN), noise,
                seed == null ? null : ((Number) seed).longValue(), LayerConfig.name(c));
    }
}
