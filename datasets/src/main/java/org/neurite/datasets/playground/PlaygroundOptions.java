package org.neurite.datasets.playground;

/**
 * How {@link Playground} draws its points. Defaults: 500 rows (TensorFlow Playground's count), no noise,
 * seed 42.
 *
 * @param rows the number of points, >= the number of classes; classes take turns, so they are balanced
 *        (row {@code r} has class {@code r % classes})
 * @param noise standard deviation of the Gaussian jitter added to each coordinate, in [0, 1] (the points'
 *        square is [-1, 1]^2, so 0.1 is 5% of its width); jittered points are clamped to the square
 * @param seed seeds {@link java.util.Random}: the same seed gives the same points on every JVM
 */
public record PlaygroundOptions(int rows, double noise, long seed) {
    public PlaygroundOptions {
        if (rows < 2) {
            throw new IllegalArgumentException("PlaygroundOptions.rows must be >= 2; received rows=" + rows + ".");
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("PlaygroundOptions.noise is a standard deviation in [0, 1] (the "
                    + "square is [-1, 1]^2); received noise=" + noise + ". Try 0.1.");
        }
    }

    /** 500 rows, no noise, seed 42. */
    public static PlaygroundOptions defaults() {
        return new PlaygroundOptions(500, 0, 42);
    }

    public PlaygroundOptions withRows(int rows) {
        return new PlaygroundOptions(rows, noise, seed);
    }

    public PlaygroundOptions withNoise(double noise) {
        return new PlaygroundOptions(rows, noise, seed);
    }

    public PlaygroundOptions withSeed(long seed) {
        return new PlaygroundOptions(rows, noise, seed);
    }
}
