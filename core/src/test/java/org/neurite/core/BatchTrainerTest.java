package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;

/**
 * trainOnBatch and computeGradients. The hot-path test counts heap bytes allocated by the calling thread
 * (com.sun.management.ThreadMXBean), not time: once warm, a training step must allocate no arrays.
 */
class BatchTrainerTest {
    private static final int WARM_UP = 5_000;
    private static final int STEPS = 5_000;
    /**
     * Bytes per step allowed on average: less than one small object per step, far below one INDArray
     * (≈ 2 KB with its buffer objects). Measured: 0 to 0.2 bytes per step.
     */
    private static final double MAX_BYTES_PER_STEP = 16;

    private static double bytesPerStep(DataType type, Activation hidden, Loss loss, int units) {
        Random random = new Random(1);
        INDArray x = Fixtures.uniform(random, 16, 8, -1, 1).castTo(type);
        INDArray y = Fixtures.labelsFor(loss, random, 16, units, true).castTo(type);
        Sequential model = new Sequential(new Dense(16, hidden), new Dense(units,
                loss == Loss.MEAN_SQUARED_ERROR ? Activation.LINEAR : Activation.SOFTMAX)).setDataType(type);
        model.compile(new GradientDescent(0.01), loss);
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            model.trainOnBatch(x, y);
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < STEPS; i++) {
            model.trainOnBatch(x, y);
        }
        long after = bean.getCurrentThreadAllocatedBytes();
        assertEquals(WARM_UP + STEPS, model.step());
        return (after - before) / (double) STEPS;
    }

    @Test
    void aWarmTrainingStepAllocatesNoArrays() {
        double floatBytes = bytesPerStep(DataType.FLOAT, Activation.TANH, Loss.CATEGORICAL_CROSSENTROPY, 4);
        System.out.println("bytes per warm trainOnBatch step: FLOAT " + floatBytes);
        assertTrue(floatBytes < MAX_BYTES_PER_STEP, "FLOAT step allocated " + floatBytes + " bytes");
        double doubleBytes = bytesPerStep(DataType.DOUBLE, Activation.RELU, Loss.MEAN_SQUARED_ERROR, 3);
        System.out.println("bytes per warm trainOnBatch step: DOUBLE " + doubleBytes);
        assertTrue(doubleBytes < MAX_BYTES_PER_STEP, "DOUBLE step allocated " + doubleBytes + " bytes");
    }

    @Test
    void aWarmTrainingStepThroughEveryLayerPenaltyAndConstraintAllocatesNoArrays() {
        Random random = new Random(2);
        INDArray x = Fixtures.uniform(random, 16, 8, -1, 1).castTo(DataType.FLOAT);
        INDArray y = Fixtures.labelsFor(Loss.CATEGORICAL_CROSSENTROPY, random, 16, 4, true).castTo(DataType.FLOAT);
        Sequential model = Fixtures.everyLayer(x, 16, 4, Activation.SOFTMAX);
        model.compile(new GradientDescent(0.01), Loss.CATEGORICAL_CROSSENTROPY);
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            model.trainOnBatch(x, y);
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < STEPS; i++) {
            model.trainOnBatch(x, y);
        }
        double perStep = (bean.getCurrentThreadAllocatedBytes() - before) / (double) STEPS;
        System.out.println("bytes per warm trainOnBatch step through every layer: " + perStep);
        assertTrue(perStep < MAX_BYTES_PER_STEP, "the step allocated " + perStep + " bytes");
    }

    @Test
    void trainOnBatchReturnsTheLossBeforeTheUpdateAndAppliesOneStep() {
        Sequential model = new Sequential(new Dense(1)).setDataType(DataType.DOUBLE).build(1);
        model.setWeights(java.util.List.of(org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{0.5}}),
                org.nd4j.linalg.factory.Nd4j.createFromArray(0.0)));
        model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        INDArray x = org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{2}});
        INDArray y = org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{0}});
        // L = (0.5·2)² = 1; dL/dw = 4, dL/db = 2; after one step w = 0.1, b = −0.2.
        assertEquals(1.0, model.trainOnBatch(x, y), 1e-15);
        assertEquals(1, model.step());
        assertEquals(0.1, model.getWeights().get(0).getDouble(0, 0), 1e-15);
        assertEquals(-0.2, model.getWeights().get(1).getDouble(0), 1e-15);
        // Arrays already used are read afresh: a new label value is seen.
        y.putScalar(0, 0, 0.2);
        // Now w·x + b = 0.1·2 − 0.2 = 0, so L = (0 − 0.2)² = 0.04.
        assertEquals(0.04, model.trainOnBatch(x, y), 1e-15);
    }

    /** Dense(1) linear in DOUBLE with w = 0.5, b = 0, plain gradient descent at rate 0.1, mean squared error. */
    private static Sequential halfLine() {
        Sequential model = new Sequential(new Dense(1)).setDataType(DataType.DOUBLE).build(1);
        model.setWeights(java.util.List.of(org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{0.5}}),
                org.nd4j.linalg.factory.Nd4j.createFromArray(0.0)));
        model.compile(new GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        return model;
    }

    private static final INDArray TWO_X = org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{2}, {1}});
    private static final INDArray TWO_Y = org.nd4j.linalg.factory.Nd4j.createFromArray(new double[][] {{0}, {1}});

    @Test
    void trainOnBatchWeighsEachRowsLossAndGradientBySampleWeight() {
        // p = 0.5·x: 1.0 and 0.5; squared errors 1 and 0.25. Weights 3 and 2: L = (3·1 + 2·0.25) / 2 = 1.75
        // (Keras's sum_over_batch_size divides by the rows, not by Σw). dL/dp = wᵢ·2(pᵢ − yᵢ)/2 = 3 and −1, so
        // dL/dw = 3·2 + (−1)·1 = 5 and dL/db = 2: after one step w = 0.5 − 0.1·5 = 0, b = −0.2.
        Sequential model = halfLine();
        assertEquals(1.75, model.trainOnBatch(TWO_X, TWO_Y, org.nd4j.linalg.factory.Nd4j.createFromArray(3.0, 2.0)),
                1e-15);
        assertEquals(0.0, model.getWeights().get(0).getDouble(0, 0), 1e-15);
        assertEquals(-0.2, model.getWeights().get(1).getDouble(0), 1e-15);
    }

    @Test
    void trainOnBatchMultipliesClassWeightsWithSampleWeightsAsFitDoes() {
        // Labels 0 and 1 are classes 0 and 1: class weights {0: 3, 1: 4} times sample weights [1, 0.5] give the
        // row weights [3, 2] of the test above, so the same loss 1.75 and the same step.
        Sequential model = halfLine();
        assertEquals(1.75, model.trainOnBatch(TWO_X, TWO_Y, org.nd4j.linalg.factory.Nd4j.createFromArray(1.0, 0.5),
                java.util.Map.of(0, 3.0, 1, 4.0)), 1e-15);
        assertEquals(0.0, model.getWeights().get(0).getDouble(0, 0), 1e-15);
        assertEquals(-0.2, model.getWeights().get(1).getDouble(0), 1e-15);
        // Class weights alone: {0: 3, 1: 2} weigh the rows 3 and 2 as well. From w = 0, b = −0.2: p = −0.2 and
        // −0.2, squared errors 0.04 and 1.44, L = (3·0.04 + 2·1.44) / 2 = 1.5.
        assertEquals(1.5, model.trainOnBatch(TWO_X, TWO_Y, null, java.util.Map.of(0, 3.0, 1, 2.0)), 1e-15);
    }

    @Test
    void trainOnBatchTakesTheStepFitTakesOnTheSameWeightedBatch() {
        Random random = new Random(4);
        INDArray x = Fixtures.uniform(random, 12, 5, -1, 1);
        INDArray y = Fixtures.labelsFor(Loss.CATEGORICAL_CROSSENTROPY, random, 12, 3, true);
        INDArray w = Fixtures.uniform(random, 12, 1, 0, 2);
        java.util.Map<Integer, Double> classWeight = java.util.Map.of(0, 0.5, 1, 2.0, 2, 1.5);
        Sequential stepped = new Sequential(new Dense(6, Activation.TANH), new Dense(3, Activation.SOFTMAX)).build(5, 7);
        Sequential fitted = new Sequential(new Dense(6, Activation.TANH), new Dense(3, Activation.SOFTMAX)).build(5, 7);
        stepped.compile(new GradientDescent(0.3), Loss.CATEGORICAL_CROSSENTROPY);
        fitted.compile(new GradientDescent(0.3), Loss.CATEGORICAL_CROSSENTROPY);
        double loss = stepped.trainOnBatch(x, y, w, classWeight);
        History h = fitted.fit(x, y, w, FitOptions.defaults().withBatchSize(12).withShuffle(false).withVerbose(0)
                .withDiagnose(false).withClassWeight(classWeight));
        assertArrayEquals(Fixtures.weightBits(fitted), Fixtures.weightBits(stepped));
        assertEquals(h.last("loss"), loss, 0);
    }

    @Test
    void trainOnBatchReadsChangedWeightsOfTheSameArray() {
        Sequential model = halfLine();
        INDArray w = org.nd4j.linalg.factory.Nd4j.createFromArray(0.0, 0.0);
        assertEquals(0.0, model.trainOnBatch(TWO_X, TWO_Y, w), 0); // every row weighs 0: no loss, no step size
        assertEquals(0.5, model.getWeights().get(0).getDouble(0, 0), 0);
        w.putScalar(0, 3.0);
        w.putScalar(1, 2.0);
        assertEquals(1.75, model.trainOnBatch(TWO_X, TWO_Y, w), 1e-15);
    }

    @Test
    void trainOnBatchRefusesBadWeightsNamingTheValueAndChangesNothing() {
        Sequential model = halfLine();
        Fixtures.Snapshot before = Fixtures.Snapshot.of(model);
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> model.trainOnBatch(TWO_X, TWO_Y, org.nd4j.linalg.factory.Nd4j.createFromArray(1.0, -2.0)));
        assertTrue(e.getMessage().contains("trainOnBatch: sampleWeight has -2.0 at row 1")
                && e.getMessage().contains(">= 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> model.trainOnBatch(TWO_X, TWO_Y, org.nd4j.linalg.factory.Nd4j.createFromArray(1.0, 2.0, 3.0)));
        assertTrue(e.getMessage().contains("2 values") && e.getMessage().contains("[3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> model.trainOnBatch(TWO_X, TWO_Y, null, java.util.Map.of(0, 1.0)));
        assertTrue(e.getMessage().contains("class [1]") && e.getMessage().contains("1.0 keeps"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> model.trainOnBatch(TWO_X, TWO_Y, null, java.util.Map.of(0, 1.0, 1, 1.0, 5, 1.0)));
        assertTrue(e.getMessage().contains("class 5") && e.getMessage().contains("0 to 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> model.trainOnBatch(TWO_X, TWO_Y, null, java.util.Map.of(0, 1.0, 1, Double.NaN)));
        assertTrue(e.getMessage().contains("1=NaN") && e.getMessage().contains(">= 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model.trainOnBatch(TWO_X, TWO_Y, null, null));
        assertTrue(e.getMessage().contains("classWeight must not be null"), e.getMessage());
        before.assertSameAs(model);
        // A weight turned bad in place after a good step is refused before the update as well.
        INDArray w = org.nd4j.linalg.factory.Nd4j.createFromArray(1.0, 1.0);
        model.trainOnBatch(TWO_X, TWO_Y, w);
        Fixtures.Snapshot afterOne = Fixtures.Snapshot.of(model);
        w.putScalar(1, Double.NaN);
        e = assertThrows(IllegalArgumentException.class, () -> model.trainOnBatch(TWO_X, TWO_Y, w));
        assertTrue(e.getMessage().contains("NaN at row 1"), e.getMessage());
        afterOne.assertSameAs(model);
    }

    @Test
    void aWarmWeightedTrainingStepAllocatesNoArrays() {
        Random random = new Random(5);
        INDArray x = Fixtures.uniform(random, 16, 8, -1, 1).castTo(DataType.FLOAT);
        INDArray y = Fixtures.labelsFor(Loss.CATEGORICAL_CROSSENTROPY, random, 16, 4, true).castTo(DataType.FLOAT);
        INDArray w = Fixtures.uniform(random, 16, 1, 0, 2).castTo(DataType.FLOAT).reshape(16);
        java.util.Map<Integer, Double> classWeight = new java.util.HashMap<>(java.util.Map.of(0, 1.0, 1, 2.0, 2, 0.5,
                3, 1.5));
        Sequential model = new Sequential(new Dense(16, Activation.RELU), new Dense(4, Activation.SOFTMAX));
        model.compile(new GradientDescent(0.01), Loss.CATEGORICAL_CROSSENTROPY);
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            model.trainOnBatch(x, y, w, classWeight);
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < STEPS; i++) {
            model.trainOnBatch(x, y, w, classWeight);
        }
        double perStep = (bean.getCurrentThreadAllocatedBytes() - before) / (double) STEPS;
        System.out.println("bytes per warm weighted trainOnBatch step: " + perStep);
        assertTrue(perStep < MAX_BYTES_PER_STEP, "the weighted step allocated " + perStep + " bytes");
    }

    @Test
    void computeGradientsLeavesWeightsAndStepUnchanged() {
        Sequential model = new Sequential(new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID)).build(2, 5);
        model.compile(new GradientDescent(0.1), Loss.BINARY_CROSSENTROPY);
        long[] weights = Fixtures.weightBits(model);
        double loss = model.computeGradients(Fixtures.xorX(), Fixtures.xorY());
        assertTrue(loss > 0);
        assertArrayEquals(weights, Fixtures.weightBits(model));
        assertEquals(0, model.step());
        assertEquals(loss, model.evaluate(Fixtures.xorX(), Fixtures.xorY()).get("loss"), 1e-6);
        assertTrue(model.parameters().gradients().norm2Number().doubleValue() > 0);
    }
}
