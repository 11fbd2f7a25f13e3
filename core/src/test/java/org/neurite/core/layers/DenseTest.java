package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Initializer;
import org.neurite.core.Sequential;
import org.nd4j.linalg.ops.transforms.Transforms;

class DenseTest {
    private static Sequential handModel(DataType type, Layer... layers) {
        Sequential model = new Sequential(layers).setDataType(type).build(2);
        List<INDArray> w = new java.util.ArrayList<>(List.of(Nd4j.createFromArray(new double[][] {{1, -2}, {3, -4}}),
                Nd4j.createFromArray(5.0, -6.0)));
        if (layers.length > 1) {
            w.add(Nd4j.createFromArray(new double[][] {{0.1}, {0.2}}));
            w.add(Nd4j.createFromArray(-0.5));
        }
        model.setWeights(w);
        return model;
    }

    @Test
    void forwardMatchesHandComputedValues() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            // z = [-1·1 + 2·3 + 5, -1·-2 + 2·-4 - 6] = [10, -12]; relu gives [10, 0].
            INDArray p = handModel(type, new Dense(2, Activation.RELU)).predict(
                    Nd4j.createFromArray(new double[][] {{-1, 2}}).castTo(type));
            assertEquals(type, p.dataType());
            assertArrayEquals(new long[] {1, 2}, p.shape());
            assertEquals(10, p.getDouble(0, 0));
            assertEquals(0, p.getDouble(0, 1));
        }
    }

    @Test
    void twoLayerForwardMatchesHandComputedValuesForSeveralRows() {
        Sequential model = handModel(DataType.DOUBLE, new Dense(2, Activation.RELU), new Dense(1, Activation.SIGMOID));
        INDArray p = model.predict(Nd4j.createFromArray(new double[][] {{-1, 2}, {1, 1}, {0, 0}}));
        // Row 0: hidden [10, 0] → z = 10·0.1 − 0.5 = 0.5. Row 1: z1 = [9, -12] → [9, 0] → 0.4.
        // Row 2: hidden relu([5, -6]) = [5, 0] → z = 0.
        assertEquals(1 / (1 + Math.exp(-0.5)), p.getDouble(0, 0), 1e-15);
        assertEquals(1 / (1 + Math.exp(-0.4)), p.getDouble(1, 0), 1e-15);
        assertEquals(0.5, p.getDouble(2, 0), 1e-15);
    }

    @Test
    void withoutBiasTheLayerHasOnlyAKernel() {
        Sequential model = new Sequential(new Dense(3, Activation.TANH).withUseBias(false)).build(4);
        assertEquals(1, model.getWeights().size());
        assertEquals(12, model.countParams());
        model.setWeights(List.of(Nd4j.ones(DataType.FLOAT, 4, 3)));
        INDArray p = model.predict(Nd4j.createFromArray(new float[][] {{0.1f, 0.2f, 0.3f, -0.1f}}));
        assertEquals(Math.tanh(0.5), p.getDouble(0, 2), 1e-6);
    }

    @Test
    void layersGetKerasDefaultNamesUnlessNamed() {
        Sequential model = new Sequential(new Dense(4), new Dense(3).withName("hidden"), new Dense(2), new Dense(1));
        assertEquals(List.of("dense", "hidden", "dense_1", "dense_2"), model.layerNames());
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new Sequential(new Dense(2).withName("a"), new Dense(1).withName("a")));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void keepsKerasDefaultsAndReportsItsConfig() {
        Dense d = new Dense(4, "relu");
        assertEquals(Activation.RELU, d.activation());
        assertTrue(d.useBias());
        assertEquals(Initializer.GLOROT_UNIFORM, d.kernelInitializer());
        assertEquals(Initializer.ZEROS, d.biasInitializer());
        assertEquals(Map.of("units", 4, "activation", "relu", "use_bias", true, "kernel_initializer", "glorot_uniform",
                "bias_initializer", "zeros"), d.config());
        Dense custom = new Dense(2).withKernelInitializer(Initializer.HE_NORMAL)
                .withBiasInitializer(Initializer.constant(0.1));
        Sequential model = new Sequential(custom).build(3, 1);
        assertEquals(0.1f, model.getWeights().get(1).getFloat(0));
    }

    @Test
    void rejectsBadSettingsNamingTheValue() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> new Dense(0));
        assertTrue(e.getMessage().contains("units=0") && e.getMessage().contains(">= 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Dense(2, (Activation) null));
        assertTrue(e.getMessage().contains("activation=null"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Dense(2).withName(" "));
        assertTrue(e.getMessage().contains("name=' '"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Dense(2).withName("a/b"));
        assertTrue(e.getMessage().contains("'/'"), e.getMessage());
    }

    private static final INDArray RX = LayerFixtures.uniform(21, 5, 3, -1, 1);
    private static final INDArray RY = LayerFixtures.uniform(22, 5, 1, 0, 1);

    @Test
    void kernelBiasAndActivityPenaltiesMatchCentralDifferences() {
        Sequential model = LayerFixtures.doubleModel(3, 6, org.neurite.core.Loss.BINARY_CROSSENTROPY,
                new Dense(4, Activation.TANH).withKernelRegularizer(new org.neurite.core.regularizers.L2(0.05))
                        .withBiasRegularizer(new org.neurite.core.regularizers.L1(0.02))
                        .withActivityRegularizer(new org.neurite.core.regularizers.L1L2(0.01, 0.03)),
                new Dense(1, Activation.SIGMOID).withKernelRegularizer(new org.neurite.core.regularizers.L1(0.1))
                        .withActivityRegularizer(new org.neurite.core.regularizers.L2(0.2)));
        LayerFixtures.assertGradientsMatch(model, RX, RY);
    }

    @Test
    void theLossReportedIsTheDataLossPlusThePenaltiesAsKerasAddsThem() {
        // Keras: loss = mean data loss + l2·Σw² (kernel) + l1·Σ|a| / batch size (activity, after the activation).
        Dense plain = new Dense(2, Activation.TANH);
        Sequential base = LayerFixtures.doubleModel(3, 8, org.neurite.core.Loss.MEAN_SQUARED_ERROR, plain,
                new Dense(1));
        Sequential penalized = LayerFixtures.doubleModel(3, 8, org.neurite.core.Loss.MEAN_SQUARED_ERROR,
                plain.withKernelRegularizer(new org.neurite.core.regularizers.L2(0.3))
                        .withActivityRegularizer(new org.neurite.core.regularizers.L1(0.2)), new Dense(1));
        penalized.setWeights(base.getWeights());
        double kernel = base.getWeights().get(0).mul(base.getWeights().get(0)).sumNumber().doubleValue();
        double activity = Transforms.abs(base.layerOutputs(RX).get(0)).sumNumber().doubleValue() / RX.rows();
        double expected = base.evaluate(RX, RY).get("loss") + 0.3 * kernel + 0.2 * activity;
        assertEquals(expected, penalized.evaluate(RX, RY).get("loss"), 1e-12);
        assertEquals(expected, penalized.computeGradients(RX, RY), 1e-12);
    }

    @Test
    void constraintsHoldAfterEveryTrainingStep() {
        Sequential model = LayerFixtures.doubleModel(3, 2, org.neurite.core.Loss.MEAN_SQUARED_ERROR,
                new Dense(4).withKernelConstraint(new org.neurite.core.constraints.MaxNorm(0.5))
                        .withBiasConstraint(new org.neurite.core.constraints.NonNeg()),
                new Dense(1).withKernelConstraint(new org.neurite.core.constraints.UnitNorm()));
        for (int i = 0; i < 3; i++) {
            model.trainOnBatch(RX, RY);
            INDArray kernel = model.getWeights().get(0);
            for (int c = 0; c < 4; c++) {
                assertTrue(kernel.getColumn(c).norm2Number().doubleValue() <= 0.5 + 1e-12, kernel.toString());
            }
            assertTrue(model.getWeights().get(1).minNumber().doubleValue() >= 0);
            assertEquals(1, model.getWeights().get(2).norm2Number().doubleValue(), 1e-6);
        }
    }

    @Test
    void penaltiesAndConstraintsAppearInTheConfigAsKerasNestsThem() {
        Dense d = new Dense(3).withKernelRegularizer(new org.neurite.core.regularizers.L2(0.01))
                .withKernelConstraint(new org.neurite.core.constraints.MaxNorm(3));
        assertEquals("{class_name=L2, config={l2=0.01}}", d.config().get("kernel_regularizer").toString());
        assertEquals("{class_name=MaxNorm, config={max_value=3.0, axis=0}}",
                d.config().get("kernel_constraint").toString());
        assertEquals(false, new Dense(3).config().containsKey("kernel_regularizer"));
    }
}
