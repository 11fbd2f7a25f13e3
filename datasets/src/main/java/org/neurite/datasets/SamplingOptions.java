package org.neurite.datasets;

/**
 * How {@link Sampler} draws rows. Defaults: 1000 rows (the common "1000 random samples" set-up), seed 0, no
 * label noise, no input jitter, {@link Encoding#defaults()}.
 *
 * @param rows rows to draw, with replacement
 * @param seed seeds {@link java.util.Random}; the same seed gives the same rows
 * @param labelNoise probability in [0, 1] of flipping each output bit before encoding
 * @param inputJitter standard deviation of Gaussian noise added to each encoded input (0 for none); with
 *        {@link BitEncoding#PLUS_MINUS_ONE} inputs and xor this gives Playground-style continuous clusters
 * @param encoding how bits become numbers
 */
public record SamplingOptions(int rows, long seed, double labelNoise, double inputJitter, Encoding encoding) {
    public SamplingOptions {
        if (rows < 1) {
            throw new IllegalArgumentException("SamplingOptions.rows must be >= 1; received rows=" + rows + ".");
        }
        if (!(labelNoise >= 0 && labelNoise <= 1)) {
            throw new IllegalArgumentException("SamplingOptions.labelNoise is a flip probability and must be in "
                    + "[0, 1]; received labelNoise=" + labelNoise + ". Use e.g. 0.1 to flip one label bit in ten.");
        }
        if (!(inputJitter >= 0 && Double.isFinite(inputJitter))) {
            throw new IllegalArgumentException("SamplingOptions.inputJitter is a standard deviation and must be "
                    + "finite and >= 0; received inputJitter=" + inputJitter + ".");
        }
        if (encoding == null) {
            throw new IllegalArgumentException("SamplingOptions.encoding must not be null. Pass Encoding.defaults().");
        }
    }

    /** 1000 rows, seed 0, no noise, no jitter, default encoding. */
    public static SamplingOptions defaults() {
        return new SamplingOptions(1000, 0, 0, 0, Encoding.defaults());
    }

    public SamplingOptions withRows(int rows) {
        return new SamplingOptions(rows, seed, labelNoise, inputJitter, encoding);
    }

    public SamplingOptions withSeed(long seed) {
        return new SamplingOptions(rows, seed, labelNoise, inputJitter, encoding);
    }

    public SamplingOptions withLabelNoise(double labelNoise) {
        return new SamplingOptions(rows, seed, labelNoise, inputJitter, encoding);
    }

    public SamplingOptions withInputJitter(double inputJitter) {
        return new SamplingOptions(rows, seed, labelNoise, inputJitter, encoding);
    }

    public SamplingOptions withEncoding(Encoding encoding) {
        return new SamplingOptions(rows, seed, labelNoise, inputJitter, encoding);
    }
}
