package org.neurite.core.spi;

/**
 * Counter-based random numbers for layers that draw noise in training (dropout masks, Gaussian noise):
 * value i of a stream is SplitMix64's i-th output (Steele, Lea and Flood, 2014) for the stream's seed, so a
 * pass draws in any order, allocates nothing, and the same (seed, layer, step) gives the same bits.
 */
public final class Noise {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Noise() {
    }

    /** SplitMix64's output function. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The stream of one layer in one training step, from a seed. */
    public static long stream(long seed, int layer, long step) {
        return mix(mix(mix(seed + GOLDEN) + layer * GOLDEN) + step * GOLDEN);
    }

    /** Value {@code i} of {@code stream}, uniform in [0, 1) with 53 random bits. */
    public static double uniform(long stream, long i) {
        return bits(stream, i) * 0x1.0p-53;
    }

    /** Value {@code i} of {@code stream} as 53 random bits, in [0, 2^53): {@link #uniform} is this times 2^-53. */
    public static long bits(long stream, long i) {
        return mix(stream + (i + 1) * GOLDEN) >>> 11;
    }

    /** 1 when {@code uniform(stream, i) >= p}, else 0, without a branch (p in [0, 1]). */
    public static int keep(long stream, long i, long threshold) {
        return (int) (((bits(stream, i) - threshold) >>> 63) ^ 1);
    }

    /** The threshold on {@link #bits} for probability {@code p}: {@code bits < threshold} exactly when {@code uniform < p}. */
    public static long threshold(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Noise.threshold: p must be a probability in [0, 1]; received " + p
                    + ". Pass the layer's rate.");
        }
        return (long) Math.ceil(p * 0x1.0p53);
    }

    /** Value {@code i} of {@code stream}, standard normal (Box–Muller on uniforms 2i and 2i + 1). */
    public static double gaussian(long stream, long i) {
        double u1 = uniform(stream, 2 * i);
        double u2 = uniform(stream, 2 * i + 1);
        return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
    }
}
