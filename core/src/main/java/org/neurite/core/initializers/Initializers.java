package org.neurite.core.initializers;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.neurite.core.Initializer;

/** The built-in initializers and their lookup by Keras name. */
public final class Initializers {
    public static final Initializer GLOROT_UNIFORM = new VarianceScaling("glorot_uniform", 1, true, true);
    public static final Initializer GLOROT_NORMAL = new VarianceScaling("glorot_normal", 1, true, false);
    public static final Initializer HE_UNIFORM = new VarianceScaling("he_uniform", 2, false, true);
    public static final Initializer HE_NORMAL = new VarianceScaling("he_normal", 2, false, false);
    public static final Initializer LECUN_UNIFORM = new VarianceScaling("lecun_uniform", 1, false, true);
    public static final Initializer LECUN_NORMAL = new VarianceScaling("lecun_normal", 1, false, false);

    public static final List<String> NAMES = List.of("glorot_uniform", "glorot_normal", "he_uniform", "he_normal",
            "lecun_uniform", "lecun_normal", "zeros", "ones", "constant(value)", "random_uniform",
            "random_normal");

    private Initializers() {
    }

    public static Initializer constant(double value) {
        requireFinite("constant value", value);
        String name = value == 0 ? "zeros" : value == 1 ? "ones" : "constant(" + value + ")";
        return new Constant(name, value);
    }

    public static Initializer randomUniform(double min, double max) {
        requireFinite("random_uniform min", min);
        requireFinite("random_uniform max", max);
        if (!(min < max)) {
            throw new IllegalArgumentException("random_uniform needs min < max; received min=" + min + ", max=" + max
                    + ". Keras's defaults are -0.05 and 0.05.");
        }
        String name = min == -0.05 && max == 0.05 ? "random_uniform" : "random_uniform(" + min + "," + max + ")";
        return new Uniform(name, min, max);
    }

    public static Initializer randomNormal(double mean, double stddev) {
        requireFinite("random_normal mean", mean);
        if (!(stddev > 0) || !Double.isFinite(stddev)) {
            throw new IllegalArgumentException("random_normal stddev must be > 0; received stddev=" + stddev
                    + ". Keras's default is 0.05.");
        }
        String name = mean == 0 && stddev == 0.05 ? "random_normal" : "random_normal(" + mean + "," + stddev + ")";
        return new Normal(name, mean, stddev);
    }

    public static Initializer byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("initializer name must not be null; known: " + NAMES);
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        try {
            if (key.startsWith("constant(") && key.endsWith(")")) {
                return constant(Double.parseDouble(key.substring(9, key.length() - 1)));
            }
            if (key.startsWith("random_uniform(") && key.endsWith(")")) {
                String[] p = key.substring(15, key.length() - 1).split(",");
                return randomUniform(Double.parseDouble(p[0]), Double.parseDouble(p[1]));
            }
            if (key.startsWith("random_normal(") && key.endsWith(")")) {
                String[] p = key.substring(14, key.length() - 1).split(",");
                return randomNormal(Double.parseDouble(p[0]), Double.parseDouble(p[1]));
            }
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)) {
                throw e;
            }
            throw new IllegalArgumentException("initializer '" + name + "' has malformed arguments. Write e.g. "
                    + "constant(0.1), random_uniform(-0.5,0.5) or random_normal(0,0.05).", e);
        }
        return switch (key) {
            case "glorot_uniform", "xavier_uniform" -> GLOROT_UNIFORM;
            case "glorot_normal", "xavier_normal" -> GLOROT_NORMAL;
            case "he_uniform" -> HE_UNIFORM;
            case "he_normal" -> HE_NORMAL;
            case "lecun_uniform" -> LECUN_UNIFORM;
            case "lecun_normal" -> LECUN_NORMAL;
            case "zeros" -> Initializer.ZEROS;
            case "ones" -> Initializer.ONES;
            case "random_uniform" -> Initializer.RANDOM_UNIFORM;
            case "random_normal" -> Initializer.RANDOM_NORMAL;
            default -> throw new IllegalArgumentException("Unknown initializer '" + name + "'. Known initializers: "
                    + NAMES + ".");
        };
    }

    private static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite; received " + value + ".");
        }
    }

    /** Keras's VarianceScaling: scale / n with n = fan_in or (fan_in + fan_out) / 2. */
    record VarianceScaling(String name, double scale, boolean fanAvg, boolean uniform) implements Initializer {
        /** Stddev of a standard normal truncated to ±2, as Keras divides by it. */
        private static final double TRUNCATION_STDDEV = 0.87962566103423978;

        @Override
        public void fill(double[] values, int fanIn, int fanOut, Random random) {
            double n = Math.max(1.0, fanAvg ? (fanIn + fanOut) / 2.0 : fanIn);
            double variance = scale / n;
            if (uniform) {
                double limit = Math.sqrt(3 * variance);
                for (int i = 0; i < values.length; i++) {
                    values[i] = (2 * random.nextDouble() - 1) * limit;
                }
            } else {
                double stddev = Math.sqrt(variance) / TRUNCATION_STDDEV;
                for (int i = 0; i < values.length; i++) {
                    double g;
                    do {
                        g = random.nextGaussian();
                    } while (Math.abs(g) > 2);
                    values[i] = g * stddev;
                }
            }
        }
    }

    record Constant(String name, double value) implements Initializer {
        @Override
        public void fill(double[] values, int fanIn, int fanOut, Random random) {
            java.util.Arrays.fill(values, value);
        }
    }

    record Uniform(String name, double min, double max) implements Initializer {
        @Override
        public void fill(double[] values, int fanIn, int fanOut, Random random) {
            for (int i = 0; i < values.length; i++) {
                values[i] = min + (max - min) * random.nextDouble();
            }
        }
    }

    record Normal(String name, double mean, double stddev) implements Initializer {
        @Override
        public void fill(double[] values, int fanIn, int fanOut, Random random) {
            for (int i = 0; i < values.length; i++) {
                values[i] = mean + stddev * random.nextGaussian();
            }
        }
    }
}
