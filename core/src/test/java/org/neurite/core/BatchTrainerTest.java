package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aWarmTrainingStepThroughEveryLayerAllocatesNoArrays() {
        Random random = new Random(2);
        INDArray x = Fixtures.uniform(random, 16, 8, -1, 1).castTo(DataType.FLOAT);
        INDArray y = Fixtures.labelsFor(Loss.CATEGORICAL_CROSSENTROPY, random, 16, 4, true).castTo(DataType.FLOAT);
        Sequential model = new Sequential(new org.neurite.core.layers.Normalization().adapt(x),
                new Dense(16).withKernelRegularizer(new org.neurite.core.regularizers.L2(0.01))
                        .withKernelConstraint(new org.neurite.core.constraints.MaxNorm(3)),
                new org.neurite.core.layers.BatchNormalization(), new org.neurite.core.layers.ActivationLayer("relu"),
                new org.neurite.core.layers.Dropout(0.3), new org.neurite.core.layers.GaussianNoise(0.1),
                new org.neurite.core.layers.LayerNormalization(),
                new Dense(4, Activation.SOFTMAX).withActivityRegularizer(new org.neurite.core.regularizers.L1(0.01)));
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
