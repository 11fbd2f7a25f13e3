package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.layers.Dense;

/**
 * Every bad input the foundation issue lists: each is rejected with a message naming the argument or
 * layer, the value received and what was expected, and the model is exactly as before the call.
 */
class InputsTest {
    private static final FitOptions QUIET = FitOptions.defaults().withVerbose(0).withEpochs(2);

    /** A built, compiled 2-4-1 model that has trained one step (so step and optimizer state are set). */
    private static Sequential trained() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        model.build(2, 3);
        model.trainOnBatch(Fixtures.xorX(), Fixtures.xorY());
        return model;
    }

    private static void assertRejected(Sequential model, Class<? extends Exception> type, Executable call,
                                       String... fragments) {
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        Exception e = assertThrows(type, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' missing from: " + e.getMessage());
        }
        before.assertSameAs(model);
    }

    /** Rejected by fit, evaluate and trainOnBatch alike, each naming the fragments. */
    private static void assertRejectedEverywhere(INDArray x, INDArray y, String... fragments) {
        Sequential model = trained();
        assertRejected(model, IllegalArgumentException.class, () -> model.fit(x, y, QUIET), fragments);
        assertRejected(model, IllegalArgumentException.class, () -> model.evaluate(x, y), fragments);
        assertRejected(model, IllegalArgumentException.class, () -> model.trainOnBatch(x, y), fragments);
        assertRejected(model, IllegalArgumentException.class, () -> model.computeGradients(x, y), fragments);
    }

    private static INDArray matrix(double[][] v) {
        return Nd4j.createFromArray(v).castTo(DataType.FLOAT);
    }

    @Test
    void rejectsFeaturesAndLabelsWithDifferentRowCounts() {
        INDArray y = matrix(new double[][] {{0}, {1}, {1}});
        assertRejectedEverywhere(Fixtures.xorX(), y, "4 rows", "have 3", "[4, 2]", "[3, 1]", "one label row per");
    }

    @Test
    void rejectsTheWrongFeatureCountForTheBuiltModelNamingTheLayer() {
        INDArray x = matrix(new double[][] {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}});
        assertRejectedEverywhere(x, Fixtures.xorY(), "'dense'", "index 0", "3 features", "built for 2",
                "[4, 3]", "kernel [2, 4]");
        Sequential model = trained();
        assertRejected(model, IllegalArgumentException.class, () -> model.predict(x), "3 features", "built for 2");
    }

    @Test
    void rejectsLabelsThatDoNotMatchTheOutputShape() {
        INDArray y = matrix(new double[][] {{0, 1}, {1, 0}, {1, 0}, {0, 1}});
        assertRejectedEverywhere(Fixtures.xorX(), y, "2 columns", "binary_crossentropy", "1 units", "expects 1",
                "[4, 2]");
    }

    @Test
    void rejectsNanOrInfinityInFeaturesOrLabelsNamingRowAndColumn() {
        INDArray nanX = matrix(new double[][] {{0, 0}, {Double.NaN, 1}, {1, 0}, {1, 1}});
        assertRejectedEverywhere(nanX, Fixtures.xorY(), "x contains NaN", "row 1, column 0", "must be finite");
        INDArray infY = matrix(new double[][] {{0}, {1}, {1}, {Double.POSITIVE_INFINITY}});
        assertRejectedEverywhere(Fixtures.xorX(), infY, "labels", "Infinity", "row 3, column 0", "must be finite");
        Sequential model = trained();
        assertRejected(model, IllegalArgumentException.class, () -> model.predict(nanX), "NaN", "row 1");
    }

    @Test
    void rejectsNonFiniteValuesWrittenIntoArraysAlreadyUsedByTrainOnBatch() {
        Sequential model = trained();
        INDArray x = Fixtures.xorX();
        INDArray y = Fixtures.xorY();
        model.trainOnBatch(x, y);
        x.putScalar(2, 1, Float.NaN);
        assertRejected(model, IllegalArgumentException.class, () -> model.trainOnBatch(x, y), "x contains NaN",
                "row 2, column 1");
    }

    @Test
    void rejectsEmptyData() {
        INDArray x = Nd4j.create(DataType.FLOAT, 0, 2);
        INDArray y = Nd4j.create(DataType.FLOAT, 0, 1);
        assertRejectedEverywhere(x, y, "empty", "[0, 2]", "at least one row");
    }

    @Test
    void rejectsABatchSizeBelowOneAndNegativeEpochs() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withBatchSize(0));
        assertTrue(e.getMessage().contains("batchSize must be > 0") && e.getMessage().contains("batchSize=0"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withBatchSize(-3));
        assertTrue(e.getMessage().contains("batchSize=-3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withEpochs(-1));
        assertTrue(e.getMessage().contains("epochs must be >= 0") && e.getMessage().contains("epochs=-1"),
                e.getMessage());
    }

    @Test
    void rejectsBinaryCrossentropyLabelsOutsideZeroToOne() {
        INDArray y = matrix(new double[][] {{0}, {1}, {2}, {0}});
        assertRejectedEverywhere(Fixtures.xorX(), y, "labels", "2.0", "row 2, column 0", "binary_crossentropy",
                "[0, 1]");
    }

    @Test
    void rejectsFitEvaluateAndTrainOnBatchBeforeCompile() {
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID));
        assertRejected(model, IllegalStateException.class, () -> model.fit(Fixtures.xorX(), Fixtures.xorY(), QUIET),
                "fit called before compile", "compile(");
        model.build(2);
        assertRejected(model, IllegalStateException.class, () -> model.evaluate(Fixtures.xorX(), Fixtures.xorY()),
                "evaluate called before compile");
        assertRejected(model, IllegalStateException.class, () -> model.trainOnBatch(Fixtures.xorX(), Fixtures.xorY()),
                "trainOnBatch called before compile");
    }

    @Test
    void rejectsBadDataOnAnUnbuiltModelWithoutBuildingIt() {
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID));
        model.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        INDArray badY = matrix(new double[][] {{0}, {1}, {-1}, {0}});
        assertRejected(model, IllegalArgumentException.class, () -> model.fit(Fixtures.xorX(), badY, QUIET), "-1.0");
        assertRejected(model, IllegalArgumentException.class, () -> model.trainOnBatch(Fixtures.xorX(), badY), "-1.0");
        assertFalse(model.isBuilt());
    }

    @Test
    void rejectsSetWeightsWithTheWrongCountOrShapes() {
        Sequential model = trained();
        List<INDArray> weights = model.getWeights();
        assertRejected(model, IllegalArgumentException.class, () -> model.setWeights(weights.subList(0, 3)),
                "expected 4 arrays", "received 3 arrays", "dense_1/bias");
        List<INDArray> wrong = new java.util.ArrayList<>(weights);
        wrong.set(2, Nd4j.zeros(DataType.FLOAT, 1, 4));
        assertRejected(model, IllegalArgumentException.class, () -> model.setWeights(wrong), "array 2",
                "dense_1/kernel", "[4, 1]", "received [1, 4]");
        assertRejected(model, IllegalArgumentException.class, () -> model.setWeights(null), "received null");
    }

    @Test
    void rejectsUnknownOptimizerLossAndMetricNamesListingTheKnownOnes() {
        Sequential model = trained();
        assertRejected(model, IllegalArgumentException.class, () -> model.compile("adamw", "binary_crossentropy"),
                "'adamw'", "gd");
        assertRejected(model, IllegalArgumentException.class, () -> model.compile("gd", "binary_cross"),
                "'binary_cross'", "binary_crossentropy", "hinge");
        assertRejected(model, IllegalArgumentException.class, () -> model.compile("gd", "binary_crossentropy", "auk"),
                "'auk'", "binary_accuracy", "auc");
        assertRejected(model, IllegalArgumentException.class, () -> Activation.of("sigmoidal"), "'sigmoidal'", "tanh");
    }

    @Test
    void rejectsALossThatCannotTrainTheOutputWithoutDroppingTheCompiledOne() {
        Sequential model = trained();
        assertRejected(model, IllegalArgumentException.class,
                () -> model.compile(new GradientDescent(0.1), Loss.CATEGORICAL_CROSSENTROPY), "'dense_1'",
                "categorical_crossentropy", "2 output units", "has 1");
        assertEquals(Loss.BINARY_CROSSENTROPY, model.loss());
    }

    @Test
    void acceptsRankOneLabelsAsOneColumn() {
        Sequential model = trained();
        INDArray y = Nd4j.createFromArray(0f, 1f, 1f, 0f);
        model.fit(Fixtures.xorX(), y, QUIET);
        assertEquals(model.evaluate(Fixtures.xorX(), Fixtures.xorY()), model.evaluate(Fixtures.xorX(), y));
        assertEquals(model.diagnose(Fixtures.xorX(), Fixtures.xorY()).toString(),
                model.diagnose(Fixtures.xorX(), y).toString());
    }
}
