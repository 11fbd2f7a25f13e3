package org.neurite.core;

import java.util.List;
import java.util.Random;
import org.neurite.core.initializers.Initializers;

/**
 * Draws the initial values of a weight array from a seeded {@link Random}, so the same seed gives the same
 * weights on every machine. Definitions and defaults follow Keras 3 ({@code keras.initializers}).
 */
public interface Initializer {
    /** U(−L, L), L = √(6 / (fan_in + fan_out)): Keras's default kernel initializer. */
    Initializer GLOROT_UNIFORM = Initializers.GLOROT_UNIFORM;
    /** Truncated normal (±2σ), σ = √(2 / (fan_in + fan_out)) / 0.8796, as Keras 3 defines it. */
    Initializer GLOROT_NORMAL = Initializers.GLOROT_NORMAL;
    /** U(−L, L), L = √(6 / fan_in). */
    Initializer HE_UNIFORM = Initializers.HE_UNIFORM;
    /** Truncated normal (±2σ), σ = √(2 / fan_in) / 0.8796. */
    Initializer HE_NORMAL = Initializers.HE_NORMAL;
    /** U(−L, L), L = √(3 / fan_in). */
    Initializer LECUN_UNIFORM = Initializers.LECUN_UNIFORM;
    /** Truncated normal (±2σ), σ = √(1 / fan_in) / 0.8796. */
    Initializer LECUN_NORMAL = Initializers.LECUN_NORMAL;
    /** All zeros: Keras's default bias initializer. */
    Initializer ZEROS = Initializers.constant(0);
    /** All ones. */
    Initializer ONES = Initializers.constant(1);
    /** U(−0.05, 0.05), Keras's RandomUniform defaults. */
    Initializer RANDOM_UNIFORM = Initializers.randomUniform(-0.05, 0.05);
    /** N(0, 0.05²), Keras's RandomNormal defaults (not truncated). */
    Initializer RANDOM_NORMAL = Initializers.randomNormal(0, 0.05);

    /** The Keras name, e.g. {@code glorot_uniform}; {@link #of(String)} resolves it back. */
    String name();

    /** Fills {@code values} for a weight whose fans are {@code fanIn} and {@code fanOut}. */
    void fill(double[] values, int fanIn, int fanOut, Random random);

    /** Every element set to {@code value}. */
    static Initializer constant(double value) {
        return Initializers.constant(value);
    }

    /** U(min, max). */
    static Initializer randomUniform(double min, double max) {
        return Initializers.randomUniform(min, max);
    }

    /** N(mean, stddev²). */
    static Initializer randomNormal(double mean, double stddev) {
        return Initializers.randomNormal(mean, stddev);
    }

    /** Resolves a Keras name; an unknown name lists the known ones. */
    static Initializer of(String name) {
        return Initializers.byName(name);
    }

    /** The names {@link #of(String)} accepts. */
    static List<String> names() {
        return Initializers.NAMES;
    }
}
