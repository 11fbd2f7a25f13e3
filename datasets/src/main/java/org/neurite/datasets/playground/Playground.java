package org.neurite.datasets.playground;

import java.util.Locale;
import java.util.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Dataset;

/**
 * Two-input classification datasets whose decision boundaries can be drawn, after TensorFlow Playground's
 * ({@code dataset.ts}), rescaled to the square [-1, 1]^2. Features are {@code [rows, 2]} float32. Two classes
 * give one label column of 0/1 (for a sigmoid output and binary cross-entropy); more give one-hot rows (for
 * softmax and categorical cross-entropy). Row {@code r} has class {@code r % classes}, so classes are
 * balanced to one row and every batch mixes them.
 *
 * <p>The points a seed gives are part of the contract, so here is their order: one {@link Random} seeded once
 * with {@code options.seed()} draws, row after row, the clean point of the row's class (the draws each method
 * lists, in that order; {@code u} is {@code nextDouble()}, {@code g} is {@code nextGaussian()}), then, only when
 * {@code noise > 0}, one {@code g} for x and then one for y, added as {@code noise * g}. Each coordinate is then
 * clamped to [-1, 1] and stored as float.
 */
public final class Playground {
    private Playground() {
    }

    /**
     * Class 1 inside radius 0.5, class 0 on the ring from 0.7 to 1 (Playground's "circle"): radius
     * {@code 0.5 * u} (class 1) or {@code 0.7 + 0.3 * u} (class 0), then angle {@code 2 * PI * u}; the point is
     * {@code (radius * sin(angle), radius * cos(angle))}.
     */
    public static Dataset circle(PlaygroundOptions options) {
        return draw(2, options, (c, random, xy) -> {
            double r = c == 1 ? 0.5 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble();
            double angle = 2 * Math.PI * random.nextDouble();
            xy[0] = r * Math.sin(angle);
            xy[1] = r * Math.cos(angle);
        });
    }

    /**
     * Two Gaussian clouds (standard deviation 0.15) around (0.4, 0.4), class 1, and (-0.4, -0.4), class 0: the
     * point is {@code (centre + 0.15 * g, centre + 0.15 * g)}, x's Gaussian drawn first.
     */
    public static Dataset gaussians(PlaygroundOptions options) {
        return draw(2, options, (c, random, xy) -> {
            double center = c == 1 ? 0.4 : -0.4;
            xy[0] = center + 0.15 * random.nextGaussian();
            xy[1] = center + 0.15 * random.nextGaussian();
        });
    }

    /**
     * {@code k >= 2} Gaussian clouds (standard deviation 0.12) centred on a circle of radius 0.6: with
     * {@code angle = 2 * PI * c / k}, the point of class c is {@code (0.6 * cos(angle) + 0.12 * g, 0.6 *
     * sin(angle) + 0.12 * g)}, x's Gaussian drawn first.
     */
    public static Dataset blobs(int k, PlaygroundOptions options) {
        requireClasses(k, "blobs");
        return draw(k, options, (c, random, xy) -> {
            double angle = 2 * Math.PI * c / k;
            xy[0] = 0.6 * Math.cos(angle) + 0.12 * random.nextGaussian();
            xy[1] = 0.6 * Math.sin(angle) + 0.12 * random.nextGaussian();
        });
    }

    /** Two interleaved spiral arms, 1.75 turns each (Playground's "spiral"). */
    public static Dataset spiral(PlaygroundOptions options) {
        return spiral(2, options);
    }

    /**
     * {@code arms >= 2} interleaved spiral arms, one class each: {@code t = u}, {@code angle = 1.75 * 2 * PI * t
     * + 2 * PI * c / arms}, the point {@code (t * sin(angle), t * cos(angle))}.
     */
    public static Dataset spiral(int arms, PlaygroundOptions options) {
        requireClasses(arms, "spiral");
        return draw(arms, options, (c, random, xy) -> {
            double t = random.nextDouble();
            double angle = 1.75 * 2 * Math.PI * t + 2 * Math.PI * c / arms;
            xy[0] = t * Math.sin(angle);
            xy[1] = t * Math.cos(angle);
        });
    }

    /**
     * Continuous XOR (Playground's "exclusive or"): uniform points off the axes by 0.05, class 1 where
     * x * y >= 0 (first and third quadrants), class 0 elsewhere. Magnitudes {@code x = 0.05 + 0.95 * u}, then
     * {@code y = 0.05 + 0.95 * u}, then {@code flip = nextBoolean()}: the point is {@code (flip ? -x : x, (c == 1)
     * == flip ? -y : y)}.
     */
    public static Dataset xor(PlaygroundOptions options) {
        return draw(2, options, (c, random, xy) -> {
            double x = 0.05 + 0.95 * random.nextDouble();
            double y = 0.05 + 0.95 * random.nextDouble();
            boolean flip = random.nextBoolean();
            xy[0] = flip ? -x : x;
            xy[1] = (c == 1) == flip ? -y : y;
        });
    }

    /** By name: circle, gaussians, xor2d, spiral, spiral:K, blobs:K. */
    public static Dataset byName(String name, PlaygroundOptions options) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("blobs:") || n.startsWith("spiral:")) {
            int colon = n.indexOf(':');
            int k = parseClasses(n.substring(colon + 1), name);
            return n.startsWith("blobs:") ? blobs(k, options) : spiral(k, options);
        }
        return switch (n) {
            case "circle" -> circle(options);
            case "gaussians" -> gaussians(options);
            case "xor2d" -> xor(options);
            case "spiral" -> spiral(options);
            default -> throw new IllegalArgumentException("Playground: unknown dataset name=" + name + "; expected "
                    + "circle, gaussians, xor2d, spiral, spiral:K or blobs:K (K >= 2 classes).");
        };
    }

    /** Draws one clean point of a class into {@code xy}. */
    private interface Shape {
        void point(int c, Random random, double[] xy);
    }

    private static Dataset draw(int classes, PlaygroundOptions options, Shape shape) {
        if (options == null) {
            throw new IllegalArgumentException("Playground: options must not be null. Pass PlaygroundOptions.defaults().");
        }
        if (options.rows() < classes) {
            throw new IllegalArgumentException("Playground: rows=" + options.rows() + " is fewer than the " + classes
                    + " classes; pass at least one row per class.");
        }
        Random random = new Random(options.seed());
        int rows = options.rows();
        int labelColumns = classes == 2 ? 1 : classes;
        float[][] x = new float[rows][2];
        float[][] y = new float[rows][labelColumns];
        double[] xy = new double[2];
        for (int r = 0; r < rows; r++) {
            int c = r % classes;
            shape.point(c, random, xy);
            for (int j = 0; j < 2; j++) {
                double v = xy[j] + (options.noise() > 0 ? options.noise() * random.nextGaussian() : 0);
                x[r][j] = (float) Math.max(-1, Math.min(1, v));
            }
            y[r][classes == 2 ? 0 : c] = classes == 2 ? c : 1;
        }
        return new Dataset(Nd4j.createFromArray(x), Nd4j.createFromArray(y));
    }

    private static void requireClasses(int k, String what) {
        if (k < 2 || k > 64) {
            throw new IllegalArgumentException("Playground." + what + ": classes must be in [2, 64]; received " + k
                    + ".");
        }
    }

    private static int parseClasses(String text, String name) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Playground: name=" + name + " needs a number of classes after ':', "
                    + "e.g. blobs:3.", e);
        }
    }
}
