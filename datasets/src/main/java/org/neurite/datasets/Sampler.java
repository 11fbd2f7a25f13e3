package org.neurite.datasets;

import java.util.Random;
import org.neurite.core.Dataset;

/**
 * Draws rows of a {@link BooleanFunction}'s truth table uniformly with replacement. Each input bit is an
 * independent fair coin, which is the same as drawing a table row uniformly, and works for any number of
 * inputs. Per row, in this order, one {@link Random} seeded once draws: the input bits, then (if
 * {@code labelNoise > 0}) one flip test per output bit, then (if {@code inputJitter > 0}) one Gaussian per input.
 */
public final class Sampler {
    private Sampler() {
    }

    /** {@code options.rows()} rows drawn with {@code options.seed()}. */
    public static Dataset sample(BooleanFunction function, SamplingOptions options) {
        if (function == null || options == null) {
            throw new IllegalArgumentException("Sampler.sample: function and options must not be null; received "
                    + "function=" + function + ", options=" + options + ".");
        }
        EncodedRows out = new EncodedRows(function, options.encoding(), options.rows());
        Random random = new Random(options.seed());
        boolean[] in = new boolean[function.inputs()];
        boolean[] result = new boolean[function.outputs()];
        double[] jitter = options.inputJitter() > 0 ? new double[in.length] : null;
        for (int r = 0; r < options.rows(); r++) {
            for (int j = 0; j < in.length; j++) {
                in[j] = random.nextBoolean();
            }
            function.rule().apply(in, result);
            if (options.labelNoise() > 0) {
                for (int k = 0; k < result.length; k++) {
                    result[k] ^= random.nextDouble() < options.labelNoise();
                }
            }
            if (jitter != null) {
                for (int j = 0; j < in.length; j++) {
                    jitter[j] = options.inputJitter() * random.nextGaussian();
                }
            }
            out.write(r, in, jitter, result);
        }
        return out.dataset();
    }
}
