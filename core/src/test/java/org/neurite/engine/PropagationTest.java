package org.neurite.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.Fixtures;
import org.neurite.core.GradientCheck;
import org.neurite.core.GradientCheckResult;
import org.neurite.core.GradientDescent;
import org.neurite.core.Loss;
import org.neurite.core.LossPairs;
import org.neurite.core.Sequential;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Layer;

/**
 * Forward and backward passes, checked end to end: the back-propagated gradient of every valid output
 * activation × loss pair (the activation also used in the hidden layers) against central differences in
 * DOUBLE, on several shapes and seeds.
 */
public class PropagationTest {
    /** Pre-activations (and MAE/hinge outputs) are kept at least this far from a kink. */
    private static final double KINK_MARGIN = 1e-3;

    private record Shape(int inputs, int[] hidden, int units, int rows, boolean hiddenBias) {
        @Override
        public String toString() {
            return inputs + "-" + java.util.Arrays.toString(hidden) + "-" + units + " x" + rows
                    + (hiddenBias ? "" : " (hidden without bias)");
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(3, new int[] {4}, 3, 5, true),
            new Shape(2, new int[] {3, 2}, 2, 4, false),
            new Shape(4, new int[] {}, 1, 3, true));

    @TestFactory
    Stream<DynamicTest> backwardMatchesCentralDifferencesForEveryValidActivationAndLossPair() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Activation activation : LossPairs.ACTIVATIONS) {
            for (Loss loss : LossPairs.LOSSES) {
                if (LossPairs.valid(activation, loss, 2)) {
                    tests.add(DynamicTest.dynamicTest(activation.name() + " with " + loss.name(),
                            () -> checkPair(activation, loss)));
                }
            }
        }
        assertTrue(tests.size() >= 45, "expected every valid pair, found " + tests.size());
        return tests.stream();
    }

    private static void checkPair(Activation activation, Loss loss) {
        int checked = 0;
        for (Shape shape : SHAPES) {
            if (!LossPairs.valid(activation, loss, shape.units())) {
                continue;
            }
            for (int base : new int[] {1, 2}) {
                checkAwayFromKinks(activation, loss, shape, base, base == 2);
                checked++;
            }
        }
        assertTrue(checked >= 4, "too few shapes checked: " + checked);
    }

    /** Draws data and weights from seeds base·100, base·100 + 1, ... until no value sits near a kink. */
    private static void checkAwayFromKinks(Activation activation, Loss loss, Shape shape, int base, boolean variant) {
        for (int seed = base * 100; seed < base * 100 + 40; seed++) {
            Random random = new Random(seed);
            INDArray x = Fixtures.uniform(random, shape.rows(), shape.inputs(), -1.5, 1.5);
            INDArray y = Fixtures.labelsFor(loss, random, shape.rows(), shape.units(), variant);
            Sequential model = model(activation, loss, shape, seed);
            if (kinkMargin(model, x, y, loss) < KINK_MARGIN) {
                continue;
            }
            GradientCheckResult result = GradientCheck.defaults().check(model, x, y);
            String where = activation + " with " + loss + ", shape " + shape + ", seed " + seed;
            assertTrue(result.passed(), () -> where + ":\n" + result);
            return;
        }
        fail("no seed in 40 kept " + activation + " with " + loss + " away from its kinks");
    }

    private static Sequential model(Activation activation, Loss loss, Shape shape, long seed) {
        Sequential model = new Sequential().setDataType(DataType.DOUBLE);
        for (int width : shape.hidden()) {
            model.add(new Dense(width, activation).withUseBias(shape.hiddenBias()));
        }
        model.add(new Dense(shape.units(), activation));
        model.build(shape.inputs(), seed);
        model.compile(new GradientDescent(0.1), loss);
        return model;
    }

    /**
     * The smallest distance of any pre-activation from its activation's kinks, and of the output from the
     * loss's kink (MAE at p = y, hinge at y·p = 1), from a plain-Java forward pass over getWeights().
     */
    public static double kinkMargin(Sequential model, INDArray x, INDArray y, Loss loss) {
        List<INDArray> weights = model.getWeights();
        double[][] a = x.toDoubleMatrix();
        double margin = Double.POSITIVE_INFINITY;
        int w = 0;
        for (Layer layer : model.layers()) {
            double[][] kernel = weights.get(w++).toDoubleMatrix();
            double[] bias = layer.useBias() ? weights.get(w++).toDoubleVector() : new double[layer.units()];
            double[][] next = new double[a.length][layer.units()];
            for (int r = 0; r < a.length; r++) {
                double[] z = new double[layer.units()];
                for (int j = 0; j < z.length; j++) {
                    z[j] = bias[j];
                    for (int i = 0; i < kernel.length; i++) {
                        z[j] += a[r][i] * kernel[i][j];
                    }
                    for (double kink : LossPairs.kinks(layer.activation())) {
                        margin = Math.min(margin, Math.abs(z[j] - kink));
                    }
                }
                layer.activation().forward(z, next[r], z.length, z.length);
            }
            a = next;
        }
        double[][] labels = y.toDoubleMatrix();
        for (int r = 0; r < a.length; r++) {
            for (int j = 0; j < a[r].length && j < labels[r].length; j++) {
                double sign = labels[r][j] == 0 ? -1 : labels[r][j];
                if (loss == Loss.MEAN_ABSOLUTE_ERROR) {
                    margin = Math.min(margin, Math.abs(a[r][j] - labels[r][j]));
                } else if (loss == Loss.HINGE) {
                    margin = Math.min(margin, Math.abs(1 - sign * a[r][j]));
                }
            }
        }
        return margin;
    }

    @Test
    void gradientsStayCorrectWhenABatchSpansSeveralChunks() {
        // 3 units: 1365 rows fit one 4096-element chunk, so 3000 rows take three chunks.
        Random random = new Random(31);
        INDArray x = Fixtures.uniform(random, 3000, 2, -1.5, 1.5);
        INDArray y = Fixtures.labelsFor(Loss.CATEGORICAL_CROSSENTROPY, random, 3000, 3, true);
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(3, Activation.SOFTMAX))
                .setDataType(DataType.DOUBLE).build(2, 5);
        model.compile(new GradientDescent(0.1), Loss.CATEGORICAL_CROSSENTROPY);
        GradientCheckResult result = GradientCheck.defaults().check(model, x, y);
        assertTrue(result.passed(), result::toString);
    }

    @Test
    void gradientsStayCorrectForLayersWiderThanOneChunk() {
        // 4100 units: one row per chunk, and the chunk grows to hold the whole row (softmax needs it).
        Random random = new Random(32);
        INDArray x = Fixtures.uniform(random, 3, 2, -1.5, 1.5);
        INDArray sparse = Fixtures.labelsFor(Loss.SPARSE_CATEGORICAL_CROSSENTROPY, random, 3, 4100, false);
        Sequential wideOutput = new Sequential(new Dense(3, Activation.TANH), new Dense(4100, Activation.SOFTMAX))
                .setDataType(DataType.DOUBLE).build(2, 6);
        wideOutput.compile(new GradientDescent(0.1), Loss.SPARSE_CATEGORICAL_CROSSENTROPY);
        GradientCheckResult result = GradientCheck.defaults().withMaxEntriesPerArray(8).check(wideOutput, x, sparse);
        assertTrue(result.passed(), result::toString);
        INDArray y = Fixtures.labelsFor(Loss.CATEGORICAL_CROSSENTROPY, random, 3, 3, false);
        Sequential wideHidden = new Sequential(new Dense(4100, Activation.SOFTMAX), new Dense(3, Activation.SOFTMAX))
                .setDataType(DataType.DOUBLE).build(2, 7);
        wideHidden.compile(new GradientDescent(0.1), Loss.CATEGORICAL_CROSSENTROPY);
        result = GradientCheck.defaults().withMaxEntriesPerArray(8).check(wideHidden, x, y);
        assertTrue(result.passed(), result::toString);
    }

    @Test
    void floatAndDoubleModelsAgreeToFloatPrecision() {
        Random random = new Random(33);
        INDArray x = Fixtures.uniform(random, 40, 5, -2, 2);
        Sequential d = new Sequential(new Dense(16, Activation.GELU), new Dense(8, Activation.SELU),
                new Dense(3, Activation.SOFTMAX)).setDataType(DataType.DOUBLE).build(5, 4);
        Sequential f = new Sequential(new Dense(16, Activation.GELU), new Dense(8, Activation.SELU),
                new Dense(3, Activation.SOFTMAX)).build(5, 4);
        f.setWeights(d.getWeights());
        INDArray pd = d.predict(x);
        INDArray pf = f.predict(x.castTo(DataType.FLOAT));
        assertTrue(pd.castTo(DataType.FLOAT).equalsWithEps(pf, 1e-5), pd + " vs " + pf);
    }

    @Test
    void allFiniteFindsOneNonFiniteValueInLargeFloatBuffersAndAcceptsHugeFiniteOnes() {
        int n = 3 * org.neurite.engine.kernel.Scratch.CHUNK + 11;
        org.neurite.engine.kernel.Scratch scratch = new org.neurite.engine.kernel.Scratch(0);
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            org.neurite.engine.kernel.NativeMatrix m = org.neurite.engine.kernel.NativeMatrix.allocate(type, 1, n);
            for (int i = 0; i < n; i++) {
                m.set(i, (i % 7 - 3) * 0.25);
            }
            assertTrue(Propagation.allFinite(m, n, scratch), type + " finite values");
            // Finite values whose absolute sum overflows float: must still count as finite.
            for (int i = 0; i < n; i += 2) {
                m.set(i, 3e38);
            }
            assertTrue(Propagation.allFinite(m, n, scratch), type + " huge finite values");
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                for (int at : new int[] {0, n / 2, n - 1}) {
                    double saved = m.get(at);
                    m.set(at, bad);
                    assertTrue(!Propagation.allFinite(m, n, scratch), type + " " + bad + " at " + at);
                    assertTrue(at == 0 || Propagation.allFinite(m, at, scratch), type + " prefix before " + at);
                    m.set(at, saved);
                }
            }
        }
    }
}
