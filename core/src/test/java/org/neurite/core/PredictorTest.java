package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.layers.Dense;

class PredictorTest {
    static final int THREADS = 8;
    static final int PREDICTIONS = 10_000;

    @Test
    void eightThreadsPredictingAtOnceGetBitwiseTheSingleThreadedResults() throws Exception {
        Sequential model = new Sequential(new Dense(16, Activation.TANH), new Dense(8, Activation.RELU),
                new Dense(3, Activation.SOFTMAX));
        model.compile(new GradientDescent(0.1), Loss.CATEGORICAL_CROSSENTROPY);
        INDArray x = Nd4j.rand(DataType.FLOAT, 40, 5).subi(0.5);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 40, 3);
        for (int r = 0; r < 40; r++) {
            y.putScalar(r, r % 3, 1);
        }
        model.fit(x, y, FitOptions.defaults().withEpochs(3).withBatchSize(8).withVerbose(0));
        // Inputs of 1 to 9 rows, so each thread's workspace also grows while others predict.
        List<INDArray> inputs = new ArrayList<>();
        List<float[]> expected = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            INDArray in = Nd4j.rand(DataType.FLOAT, 1 + i % 9, 5).subi(0.5);
            inputs.add(in);
            expected.add(model.predict(in).data().asFloat());
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int mismatches = 0;
                    for (int k = 0; k < PREDICTIONS; k++) {
                        int i = (thread * 7 + k) % inputs.size();
                        float[] out = model.predict(inputs.get(i)).data().asFloat();
                        if (!java.util.Arrays.equals(expected.get(i), out)) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            int mismatches = 0;
            for (Future<Integer> f : results) {
                mismatches += f.get(5, TimeUnit.MINUTES);
            }
            assertEquals(0, mismatches, "predictions differing bitwise from the single-threaded ones");
        } finally {
            pool.shutdownNow();
        }
    }
    private static Sequential model(DataType type) {
        Sequential m = new Sequential(new Dense(5, Activation.RELU), new Dense(3, Activation.SOFTMAX))
                .setDataType(type);
        return m.build(4, 11);
    }

    /** The forward pass evaluated in plain double from the model's weights. */
    private static double[] reference(Sequential m, double[] row) {
        var w = m.getWeights();
        double[] h = new double[5];
        for (int j = 0; j < 5; j++) {
            double z = w.get(1).getDouble(j);
            for (int i = 0; i < 4; i++) {
                z += row[i] * w.get(0).getDouble(i, j);
            }
            h[j] = Math.max(z, 0);
        }
        double[] out = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            double z = w.get(3).getDouble(k);
            for (int j = 0; j < 5; j++) {
                z += h[j] * w.get(2).getDouble(j, k);
            }
            out[k] = Math.exp(z);
            sum += out[k];
        }
        for (int k = 0; k < 3; k++) {
            out[k] /= sum;
        }
        return out;
    }

    @Test
    void predictMatchesAPlainDoubleForwardPassInBothTypes() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Sequential m = model(type);
            double[][] rows = {{0.5, -1, 2, 0.25}, {-0.3, 0.1, 0, 1.5}};
            INDArray out = m.predict(Nd4j.createFromArray(rows).castTo(type));
            assertEquals(type, out.dataType());
            for (int r = 0; r < rows.length; r++) {
                double[] expected = reference(m, rows[r]);
                for (int k = 0; k < 3; k++) {
                    assertEquals(expected[k], out.getDouble(r, k), type == DataType.FLOAT ? 1e-6 : 1e-12);
                }
            }
        }
    }

    @Test
    void predictIntoGivesTheSameBitsAndSeesNewInputValuesOnTheSameArrays() {
        Sequential m = model(DataType.FLOAT);
        INDArray x = Nd4j.createFromArray(new float[][] {{1, 2, 3, 4}});
        INDArray out = Nd4j.create(DataType.FLOAT, 1, 3);
        m.predict(x, out);
        assertArrayEquals(m.predict(x).data().asFloat(), out.data().asFloat());
        x.putScalar(0, 2, -7f);
        m.predict(x, out);
        INDArray fresh = m.predict(x.dup());
        assertArrayEquals(fresh.data().asFloat(), out.data().asFloat());
        assertArrayEquals(m.predict(x).data().asFloat(), fresh.data().asFloat());
        assertNotSame(m.predict(x), m.predict(x));
    }

    @Test
    void predictOverMoreRowsThanOnePassHoldsMatchesRowByRow() {
        Sequential m = model(DataType.FLOAT);
        int rows = Predictor.MAX_ROWS + 37;
        INDArray x = Nd4j.rand(DataType.FLOAT, rows, 4);
        INDArray all = m.predict(x);
        for (int r : new int[] {0, Predictor.MAX_ROWS - 1, Predictor.MAX_ROWS, rows - 1}) {
            assertArrayEquals(m.predict(x.getRow(r, true).dup()).data().asFloat(),
                    all.getRow(r, true).dup().data().asFloat(), "row " + r);
        }
    }

    @Test
    void rejectsAnOutputArrayOfTheWrongShapeOrTypeNamingBoth() {
        Sequential m = model(DataType.FLOAT);
        INDArray x = Nd4j.create(DataType.FLOAT, 2, 4);
        var e = assertThrows(IllegalArgumentException.class, () -> m.predict(x, Nd4j.create(DataType.FLOAT, 2, 4)));
        assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("[2, 4]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.predict(x, Nd4j.create(DataType.DOUBLE, 2, 3)));
        assertTrue(e.getMessage().contains("FLOAT") && e.getMessage().contains("DOUBLE"), e.getMessage());
    }

    @Test
    void rejectsNonFiniteInputNamingTheRowAndColumn() {
        Sequential m = model(DataType.FLOAT);
        INDArray x = Nd4j.create(DataType.FLOAT, 3, 4);
        x.putScalar(2, 1, Float.NaN);
        var e = assertThrows(IllegalArgumentException.class, () -> m.predict(x));
        assertTrue(e.getMessage().contains("row 2, column 1"), e.getMessage());
    }
}
