package org.neurite.core.layers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Initializer;
import org.neurite.core.spi.LayerPass;
import org.neurite.core.spi.WeightSpec;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * Keras's {@code Normalization} preprocessing layer: y = (x − mean)/max(√variance, 1e-7) per feature (with
 * {@code invert}, y = mean + x·max(√variance, 1e-7)), the same in training and inference. {@link #adapt}
 * learns the mean and (biased) variance from data; they are the non-trainable weights {@code mean} and
 * {@code variance} (Keras's order; Keras 3's legacy {@code count} is not kept), so a saved model takes raw
 * inputs. Unadapted, mean is 0 and variance 1.
 *
 * @param mean per-feature means, or null (zeros, or set later by {@link #adapt})
 * @param variance per-feature variances {@code >= 0}, or null (ones); given together with mean
 * @param invert whether the layer undoes the normalization
 * @param name the layer's name, or null
 */
public record Normalization(double[] mean, double[] variance, boolean invert, String name) implements Layer {
    /** Keras's {@code backend.epsilon()}: the smallest standard deviation divided by. */
    public static final double EPSILON = 1e-7;

    public Normalization {
        if ((mean == null) != (variance == null)) {
            throw new IllegalArgumentException("Normalization: mean and variance must be given together; received "
                    + "mean=" + Arrays.toString(mean) + ", variance=" + Arrays.toString(variance)
                    + ". Pass both, or neither and call adapt(data).");
        }
        if (mean != null) {
            if (mean.length != variance.length || mean.length == 0) {
                throw new IllegalArgumentException("Normalization: mean and variance must have the same length >= 1;"
                        + " received " + mean.length + " and " + variance.length + ". Pass one value per feature.");
            }
            for (int i = 0; i < mean.length; i++) {
                if (!Double.isFinite(mean[i]) || !(variance[i] >= 0) || !Double.isFinite(variance[i])) {
                    throw new IllegalArgumentException("Normalization: feature " + i + " has mean=" + mean[i]
                            + ", variance=" + variance[i] + "; expected a finite mean and a finite variance >= 0. "
                            + "Pass the training data's per-feature statistics, or call adapt(data).");
                }
            }
            mean = mean.clone();
            variance = variance.clone();
        }
        Passes.checkName("Normalization", name);
    }

    /** An unadapted layer (call {@link #adapt}). */
    public Normalization() {
        this(null, null, false, null);
    }

    /**
     * This layer with the per-feature mean and biased variance of {@code data [rows, features]} (NumPy's
     * {@code mean} and {@code var} over rows, as Keras's {@code adapt}); the layer itself is unchanged.
     */
    public Normalization adapt(INDArray data) {
        if (data == null || data.rank() != 2 || data.size(0) < 1 || data.size(1) < 1) {
            throw new IllegalArgumentException("Normalization.adapt: data must be a non-empty matrix [rows, features];"
                    + " received " + (data == null ? "null" : Arrays.toString(data.shape())) + ". Pass the training "
                    + "inputs, e.g. adapt(x) with x of shape [n, features], n >= 1.");
        }
        double[][] rows = data.toDoubleMatrix();
        int width = rows[0].length;
        double[] m = new double[width];
        double[] v = new double[width];
        for (double[] row : rows) {
            for (int c = 0; c < width; c++) {
                if (!Double.isFinite(row[c])) {
                    throw new IllegalArgumentException("Normalization.adapt: data holds " + row[c] + " in column " + c
                            + "; expected finite values. Remove or impute missing values first.");
                }
                m[c] += row[c];
            }
        }
        for (int c = 0; c < width; c++) {
            m[c] /= rows.length;
        }
        for (double[] row : rows) {
            for (int c = 0; c < width; c++) {
                v[c] += (row[c] - m[c]) * (row[c] - m[c]);
            }
        }
        for (int c = 0; c < width; c++) {
            v[c] /= rows.length;
        }
        return new Normalization(m, v, invert, name);
    }

    public Normalization withInvert(boolean invert) {
        return new Normalization(mean, variance, invert, name);
    }

    public Normalization withName(String name) {
        return new Normalization(mean, variance, invert, name);
    }

    @Override
    public double[] mean() {
        return mean == null ? null : mean.clone();
    }

    @Override
    public double[] variance() {
        return variance == null ? null : variance.clone();
    }

    @Override
    public String className() {
        return "Normalization";
    }

    @Override
    public int units() {
        return 0;
    }

    @Override
    public int outputWidth(int inputWidth) {
        if (mean != null && mean.length != inputWidth) {
            throw new IllegalArgumentException("Normalization was adapted to " + mean.length + " features but the "
                    + "model's input has " + inputWidth + ". Adapt it on data with " + inputWidth + " columns.");
        }
        return inputWidth;
    }

    @Override
    public List<WeightSpec> weights(int inputWidth) {
        return List.of(WeightSpec.vector("mean", inputWidth, values(mean, 0)).nonTrainable(),
                WeightSpec.vector("variance", inputWidth, values(variance, 1)).nonTrainable());
    }

    private static Initializer values(double[] v, double fallback) {
        if (v == null) {
            return Initializer.constant(fallback);
        }
        return new Initializer() {
            @Override
            public String name() {
                return "adapted";
            }

            @Override
            public void fill(double[] out, int fanIn, int fanOut, Random random) {
                System.arraycopy(v, 0, out, 0, out.length);
            }
        };
    }

    @Override
    public void forward(LayerPass pass) {
        apply(pass, pass.inputMatrix(), pass.preActivationMatrix(), false);
    }

    @Override
    public void backward(LayerPass pass) {
        if (pass.hasInputGradient()) {
            apply(pass, pass.preActivationGradientMatrix(), pass.inputGradientMatrix(), true);
        }
    }

    /** y = (x − mean)/d forward, dx = dy/d backward (d = max(√variance, ε)); inverted: y = mean + x·d, dx = dy·d. */
    private void apply(LayerPass pass, NativeMatrix in, NativeMatrix out, boolean gradient) {
        int width = in.cols();
        Scratch s = pass.scratch();
        for (int c = 0; c < width; c++) {
            s.c[c] = gradient ? 0 : pass.weightMatrices().get(0).get(c);
            s.d[c] = Math.max(Math.sqrt(pass.weightMatrices().get(1).get(c)), EPSILON);
        }
        int total = pass.rows() * width;
        int step = Scratch.rowsPerChunk(width) * width;
        for (int off = 0; off < total; off += step) {
            int len = Math.min(step, total - off);
            in.load(off, s.a, len, s);
            for (int o = 0; o < len; o += width) {
                for (int c = 0; c < width; c++) {
                    s.a[o + c] = invert ? s.c[c] + s.a[o + c] * s.d[c] : (s.a[o + c] - s.c[c]) / s.d[c];
                }
            }
            out.store(off, s.a, len, s);
        }
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("axis", -1);
        config.put("invert", invert);
        config.put("mean", null);
        config.put("variance", null);
        return config;
    }

    /** The layer a Keras config describes; adapted statistics come with the weights, given ones in the config. */
    static Normalization fromConfig(Map<String, Object> c) {
        return new Normalization(LayerConfig.numbers(c, "mean"), LayerConfig.numbers(c, "variance"),
                LayerConfig.bool(c, "invert", false), LayerConfig.name(c));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && Arrays.equals(n.mean, mean) && Arrays.equals(n.variance, variance)
                && n.invert == invert && java.util.Objects.equals(n.name, name);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mean) * 31 + Boolean.hashCode(invert);
    }

    /**
     * Says where the statistics are: given to this layer (by {@link #adapt} or the constructor), or held only in a
     * model's weights, as after loading a file (mean 0 and variance 1 for a layer never adapted).
     */
    @Override
    public String toString() {
        String statistics = mean != null ? "statistics of " + mean.length + " features"
                : "statistics in the model's weights";
        return "Normalization[" + statistics + ", invert=" + invert + ", name=" + name + "]";
    }
}
