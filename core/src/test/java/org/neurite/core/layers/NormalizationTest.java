package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class NormalizationTest {
    private static final INDArray DATA = Nd4j.createFromArray(new double[][] {{1, 10}, {3, 10}, {5, 10}});

    @Test
    void adaptLearnsThePerFeatureMeanAndBiasedVariance() {
        Normalization n = new Normalization().adapt(DATA);
        assertArrayEquals(new double[] {3, 10}, n.mean(), 1e-15);
        assertArrayEquals(new double[] {8.0 / 3, 0}, n.variance(), 1e-15);
    }

    @Test
    void forwardIsKerasFormulaWithTheSmallestDeviationClampedAtOneEMinusSeven() {
        // (4 − 3)/√(8/3) = 0.6123724357; (12 − 10)/max(√0, 1e-7) = 2e7.
        Sequential model = new Sequential(new Normalization().adapt(DATA), new Dense(1)).setDataType(DataType.DOUBLE)
                .build(2);
        List<INDArray> outputs = model.layerOutputs(Nd4j.createFromArray(new double[][] {{4, 12}}));
        assertArrayEquals(new double[] {0.6123724356957945, 2e7}, outputs.get(0).toDoubleVector(), 1e-9);
        Sequential inverted = new Sequential(new Normalization().adapt(DATA).withInvert(true), new Dense(1))
                .setDataType(DataType.DOUBLE).build(2);
        List<INDArray> back = inverted.layerOutputs(Nd4j.createFromArray(new double[][] {{0.6123724356957945, 2e7}}));
        assertArrayEquals(new double[] {4, 12}, back.get(0).toDoubleVector(), 1e-9);
    }

    @Test
    void theStatisticsAreNonTrainableWeightsThatTrainingLeavesAlone() {
        Sequential model = LayerFixtures.doubleModel(2, 1, Loss.MEAN_SQUARED_ERROR, new Normalization().adapt(DATA),
                new Dense(1));
        assertEquals(List.of("normalization/mean", "normalization/variance", "dense/kernel", "dense/bias"),
                model.weightNames());
        assertEquals(List.of(false, false, true, true), model.weightTrainable());
        model.trainOnBatch(DATA, Nd4j.ones(3, 1));
        assertArrayEquals(new double[] {3, 10}, model.getWeights().get(0).toDoubleVector(), 0);
        assertTrue(model.summaryText().contains("Non-trainable params: 4"), model.summaryText());
    }

    @Test
    void backwardMatchesCentralDifferences() {
        INDArray x = LayerFixtures.uniform(7, 5, 2, -1, 1);
        Normalization n = new Normalization(new double[] {0.5, -1, 2}, new double[] {4, 0.25, 1}, false, null);
        Sequential model = LayerFixtures.doubleModel(2, 3, Loss.MEAN_SQUARED_ERROR, new Dense(3, Activation.TANH), n,
                new Dense(2, Activation.SIGMOID), n.withInvert(true).withName("undo").adapt(
                        LayerFixtures.uniform(8, 4, 2, 0, 1)), new Dense(1));
        LayerFixtures.assertGradientsMatch(model, x, LayerFixtures.uniform(9, 5, 1, -1, 1));
    }

    @Test
    void rejectsAdaptOnEmptyMissingOrNonFiniteDataNamingWhatWasReceived() {
        Normalization n = new Normalization();
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> n.adapt(Nd4j.create(DataType.DOUBLE, 0, 3)));
        assertTrue(empty.getMessage().contains("[0, 3]") && empty.getMessage().contains("non-empty"),
                empty.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> n.adapt(null));
        assertTrue(none.getMessage().contains("received null"), none.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> n.adapt(Nd4j.createFromArray(new double[][] {{1, Double.NaN}})));
        assertTrue(nan.getMessage().contains("NaN in column 1"), nan.getMessage());
    }

    @Test
    void rejectsStatisticsThatDoNotFitTheInput() {
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class,
                () -> new Normalization(new double[] {1}, null, false, null));
        assertTrue(half.getMessage().contains("together"), half.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new Normalization(new double[] {1}, new double[] {-1}, false, null));
        assertTrue(negative.getMessage().contains("variance=-1.0"), negative.getMessage());
        Sequential model = new Sequential(new Normalization().adapt(DATA), new Dense(1));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class, () -> model.build(3));
        assertTrue(width.getMessage().contains("adapted to 2 features") && width.getMessage().contains("3"),
                width.getMessage());
    }

    @Test
    void itsDescriptionSaysWhetherItHoldsTheStatisticsOrTheModelsWeightsDo() {
        Normalization given = new Normalization(new double[] {1, 2, 3}, new double[] {1, 1, 1}, false, "norm");
        assertEquals("Normalization[statistics of 3 features, invert=false, name=norm]", given.toString());
        assertEquals("Normalization[statistics in the model's weights, invert=true, name=null]",
                new Normalization().withInvert(true).toString());
    }
}
