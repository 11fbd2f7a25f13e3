package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Shared test data and helpers: seeded arrays, label generators per loss, and model snapshots. */
public final class Fixtures {
    private Fixtures() {
    }

    public static INDArray xorX() {
        return Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    }

    public static INDArray xorY() {
        return Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}});
    }

    /** A DOUBLE matrix with entries from U(lo, hi). */
    public static INDArray uniform(Random random, int rows, int cols, double lo, double hi) {
        double[][] v = new double[rows][cols];
        for (double[] row : v) {
            for (int j = 0; j < cols; j++) {
                row[j] = lo + (hi - lo) * random.nextDouble();
            }
        }
        return Nd4j.createFromArray(v);
    }

    /**
     * Labels a loss accepts for an output of {@code units} units; {@code variant} picks the second form
     * (one-hot instead of soft rows for categorical, {0, 1} instead of {−1, 1} for hinge, hard instead of
     * soft probabilities for binary).
     */
    public static INDArray labelsFor(Loss loss, Random random, int rows, int units, boolean variant) {
        int cols = loss.labelWidth(units);
        double[][] y = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            switch (loss.name()) {
                case "binary_crossentropy", "binary_crossentropy_from_logits" -> {
                    for (int j = 0; j < cols; j++) {
                        y[r][j] = variant ? random.nextInt(2) : random.nextDouble();
                    }
                }
                case "categorical_crossentropy", "categorical_crossentropy_from_logits" -> {
                    if (variant) {
                        y[r][random.nextInt(cols)] = 1;
                    } else {
                        double sum = 0;
                        for (int j = 0; j < cols; j++) {
                            y[r][j] = 0.1 + random.nextDouble();
                            sum += y[r][j];
                        }
                        for (int j = 0; j < cols; j++) {
                            y[r][j] /= sum;
                        }
                    }
                }
                case "sparse_categorical_crossentropy" -> y[r][0] = random.nextInt(units);
                case "hinge" -> {
                    for (int j = 0; j < cols; j++) {
                        int bit = random.nextInt(2);
                        y[r][j] = variant ? bit : 2 * bit - 1;
                    }
                }
                default -> {
                    for (int j = 0; j < cols; j++) {
                        y[r][j] = 2 * random.nextDouble() - 1;
                    }
                }
            }
        }
        return Nd4j.createFromArray(y);
    }

    /** Every weight of a built model, as raw bits of its stored type, in flat order. */
    public static long[] weightBits(Sequential model) {
        INDArray flat = model.parameters().values();
        long[] bits = new long[(int) flat.length()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = model.dataType() == DataType.FLOAT ? Float.floatToRawIntBits(flat.getFloat(i))
                    : Double.doubleToRawLongBits(flat.getDouble(i));
        }
        return bits;
    }

    /** Raw bits of every element of an array (FLOAT or DOUBLE), row-major. */
    public static long[] bits(INDArray a) {
        INDArray flat = a.dup('c').reshape(a.length());
        long[] bits = new long[(int) a.length()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = a.dataType() == DataType.FLOAT ? Float.floatToRawIntBits(flat.getFloat(i))
                    : Double.doubleToRawLongBits(flat.getDouble(i));
        }
        return bits;
    }

    /** What a rejected call must leave unchanged: build and compile state, weights, step and optimizer state. */
    record Snapshot(boolean built, boolean compiled, long[] weights, long step, Object optimizer, Object loss,
                    List<Metric> metrics, Object optimizerState, double learningRateFactor) {
        static Snapshot of(Sequential model) {
            boolean compiled = model.isCompiled();
            return new Snapshot(model.isBuilt(), compiled, model.isBuilt() ? weightBits(model) : null, model.step(),
                    compiled ? model.optimizer() : null, compiled ? model.loss() : null,
                    compiled ? new ArrayList<>(model.metrics()) : null, compiled ? model.optimizerState() : null,
                    model.learningRateFactor());
        }

        void assertSameAs(Sequential model) {
            Snapshot now = of(model);
            assertEquals(built, now.built, "built state changed");
            assertEquals(compiled, now.compiled, "compile state changed");
            assertArrayEquals(weights, now.weights, "weights changed");
            assertEquals(step, now.step, "step changed");
            assertSame(optimizer, now.optimizer, "optimizer changed");
            assertSame(loss, now.loss, "loss changed");
            assertEquals(metrics, now.metrics, "metrics changed");
            assertSame(optimizerState, now.optimizerState, "optimizer state changed");
            assertEquals(learningRateFactor, now.learningRateFactor, "learning-rate factor changed");
        }
    }

    /**
     * A model with every built-in layer (Normalization adapted to {@code adaptData}), every penalty kind (L1, L2,
     * L1L2 on kernel, bias and activity) and every constraint (MaxNorm, NonNeg, UnitNorm), ending in
     * {@code units} outputs with {@code output}.
     */
    public static Sequential everyLayer(INDArray adaptData, int hidden, int units, Activation output) {
        return new Sequential(new org.neurite.core.layers.Normalization().adapt(adaptData),
                new org.neurite.core.layers.Dense(hidden)
                        .withKernelRegularizer(new org.neurite.core.regularizers.L2(0.01))
                        .withBiasRegularizer(new org.neurite.core.regularizers.L1L2(0.001, 0.01))
                        .withKernelConstraint(new org.neurite.core.constraints.MaxNorm(3))
                        .withBiasConstraint(new org.neurite.core.constraints.NonNeg()),
                new org.neurite.core.layers.BatchNormalization(), new org.neurite.core.layers.ActivationLayer("relu"),
                new org.neurite.core.layers.Dropout(0.3), new org.neurite.core.layers.GaussianNoise(0.1),
                new org.neurite.core.layers.LayerNormalization(),
                new org.neurite.core.layers.Dense(units, output)
                        .withActivityRegularizer(new org.neurite.core.regularizers.L1(0.01))
                        .withKernelConstraint(new org.neurite.core.constraints.UnitNorm()));
    }
}
