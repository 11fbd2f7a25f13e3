package org.neurite.core.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.Noise;
import org.neurite.core.spi.WeightSpec;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * Keras's {@code GaussianNoise(stddev, seed=None)}: in training adds zero-mean normal noise of standard
 * deviation {@code stddev} to every value; at inference the layer is the identity. The noise is drawn from
 * the fit seed (or {@code seed}), the layer's index and the optimizer step ({@link Noise}).
 *
 * @param stddev the noise's standard deviation, a finite number {@code >= 0}
 * @param seed the layer's own seed, or null to use fit's
 * @param name the layer's name, or null
 */
public record GaussianNoise(double stddev, Long seed, String name) implements Layer {
    public GaussianNoise {
        if (!(stddev >= 0) || !Double.isFinite(stddev)) {
            throw new IllegalArgumentException("GaussianNoise.stddev must be a finite number >= 0; received stddev="
                    + stddev + ". It is the standard deviation of the added noise, e.g. 0.1.");
        }
        Passes.checkName("GaussianNoise", name);
    }

    /** Keras's {@code GaussianNoise(stddev)}. */
    public GaussianNoise(double stddev) {
        this(stddev, null, null);
    }

    public GaussianNoise withSeed(long seed) {
        return new GaussianNoise(stddev, seed, name);
    }

    public GaussianNoise withName(String name) {
        return new GaussianNoise(stddev, seed, name);
    }

    @Override
    public String className() {
        return "GaussianNoise";
    }

    @Override
    public int units() {
        return 0;
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        return List.of();
    }

    @Override
    public void forward(LayerPass pass) {
        if (!pass.training() || stddev == 0) {
            Passes.copyInput(pass);
            return;
        }
        NativeMatrix x = pass.inputMatrix();
        NativeMatrix z = pass.preActivationMatrix();
        long stream = seed == null ? pass.randomStream() : pass.randomStream(seed);
        Scratch s = pass.scratch();
        int total = pass.rows() * x.cols();
        for (int off = 0; off < total; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, total - off);
            x.load(off, s.a, len, s);
            for (int i = 0; i < len; i++) {
                s.a[i] += stddev * Noise.gaussian(stream, off + i);
            }
            z.store(off, s.a, len, s);
        }
    }

    @Override
    public void backward(LayerPass pass) {
        Passes.copyGradient(pass);
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("stddev", stddev);
        config.put("seed", seed);
        return config;
    }

    /** The layer a Keras config describes ({@code stddev}, {@code seed}, {@code name}). */
    static GaussianNoise fromConfig(Map<String, Object> c) {
        Object seed = c.get("seed");
        return new GaussianNoise(LayerConfig.number(c, "stddev", Double.NaN),
                seed == null ? null : ((Number) seed).longValue(), LayerConfig.name(c));
    }
}
