package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class BatchNormalizationTest {
    private static final INDArray X = LayerFixtures.uniform(3, 7, 3, -2, 2);
    private static final INDArray Y = LayerFixtures.uniform(4, 7, 2, -1, 1);

    @Test
    void backwardMatchesCentralDifferencesWithBatchStatistics() {
        Sequential model = LayerFixtures.doubleModel(3, 2, Loss.MEAN_SQUARED_ERROR, new Dense(4),
                new BatchNormalization(), new ActivationLayer("tanh"), new Dense(2));
        LayerFixtures.assertGradientsMatch(model, X, Y);
    }

    @Test
    void backwardMatchesCentralDifferencesWithoutCenterOrScale() {
        Sequential model = LayerFixtures.doubleModel(3, 2, Loss.MEAN_SQUARED_ERROR, new Dense(4, Activation.TANH),
                new BatchNormalization().withCenter(false), new Dense(3, Activation.TANH),
                new BatchNormalization().withScale(false), new Dense(2));
        LayerFixtures.assertGradientsMatch(model, X, Y);
    }

    @Test
    void inferenceUsesTheMovingStatistics() {
        // y = γ (x − moving_mean) / √(moving_variance + ε) + β, by hand: 2·2/√4.001 + 0.5, 3·0.5/√0.251 − 1.
        Sequential model = LayerFixtures.doubleModel(2, 1, Loss.MEAN_SQUARED_ERROR, new BatchNormalization());
        model.setWeights(List.of(Nd4j.createFromArray(2.0, 3.0), Nd4j.createFromArray(0.5, -1.0),
                Nd4j.createFromArray(1.0, 2.0), Nd4j.createFromArray(4.0, 0.25)));
        INDArray y = model.predict(Nd4j.createFromArray(new double[][] {{3, 2.5}}));
        assertArrayEquals(new double[] {2.4997500468652363, 1.9940179402092473}, y.toDoubleVector(), 1e-12);
    }

    @Test
    void aTrainingStepUpdatesTheMovingStatisticsAsKerasDoes() {
        Sequential model = LayerFixtures.doubleModel(3, 1, Loss.MEAN_SQUARED_ERROR, new BatchNormalization(),
                new Dense(2));
        double[][] x = X.toDoubleMatrix();
        double[] mean = new double[3];
        double[] var = new double[3];
        for (double[] row : x) {
            for (int c = 0; c < 3; c++) {
                mean[c] += row[c] / x.length;
            }
        }
        for (double[] row : x) {
            for (int c = 0; c < 3; c++) {
                var[c] += (row[c] - mean[c]) * (row[c] - mean[c]) / x.length;
            }
        }
        model.computeGradients(X, Y);
        assertArrayEquals(new double[3], model.getWeights().get(2).toDoubleVector(), 0, "computeGradients updated");
        model.trainOnBatch(X, Y);
        double[] expectedMean = new double[3];
        double[] expectedVar = new double[3];
        for (int c = 0; c < 3; c++) {
            expectedMean[c] = 0 * 0.99 + mean[c] * (1 - 0.99);
            expectedVar[c] = 1 * 0.99 + var[c] * (1 - 0.99);
        }
        assertArrayEquals(expectedMean, model.getWeights().get(2).toDoubleVector(), 1e-15);
        assertArrayEquals(expectedVar, model.getWeights().get(3).toDoubleVector(), 1e-15);
    }

    @Test
    void trainingNormalizesEachFeatureWithTheBatchStatistics() {
        LayerFixtures.Probe probe = new LayerFixtures.Probe();
        Sequential model = LayerFixtures.doubleModel(3, 1, Loss.MEAN_SQUARED_ERROR, new BatchNormalization(),
                probe, new Dense(2));
        model.computeGradients(X, Y);
        INDArray out = probe.seen.get(0);
        for (int c = 0; c < 3; c++) {
            INDArray column = out.getColumn(c);
            assertEquals(0, column.meanNumber().doubleValue(), 1e-12);
            double var = column.varNumber().doubleValue() * (X.rows() - 1) / X.rows();
            double raw = X.getColumn(c).varNumber().doubleValue() * (X.rows() - 1) / X.rows();
            assertEquals(raw / (raw + 1e-3), var, 1e-12);
        }
    }

    @Test
    void movingStatisticsAreNonTrainableWeightsInKerasOrderAndInTheSummary() {
        Sequential model = new Sequential(new Dense(4), new BatchNormalization(), new Dense(1)).build(3);
        assertEquals(List.of("dense/kernel", "dense/bias", "batch_normalization/gamma", "batch_normalization/beta",
                "batch_normalization/moving_mean", "batch_normalization/moving_variance", "dense_1/kernel",
                "dense_1/bias"), model.weightNames());
        assertEquals(List.of(true, true, true, true, false, false, true, true), model.weightTrainable());
        assertEquals(37, model.countParams());
        assertEquals(29, model.parameters().count());
        String summary = model.summaryText();
        assertTrue(summary.contains("batch_normalization (BatchNormalization)"), summary);
        assertTrue(summary.contains("Total params: 37\nTrainable params: 29\nNon-trainable params: 8"), summary);
        assertArrayEquals(new double[] {1, 1, 1, 1}, model.getWeights().get(5).toDoubleVector(), 0);
    }

    @Test
    void rejectsMomentumEpsilonAndAxisOutsideTheirRanges() {
        BatchNormalization bn = new BatchNormalization();
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> bn.withMomentum(1.5));
        assertTrue(m.getMessage().contains("momentum=1.5") && m.getMessage().contains("[0, 1]"), m.getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bn.withEpsilon(0));
        assertTrue(e.getMessage().contains("epsilon=0.0") && e.getMessage().contains("> 0"), e.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> new BatchNormalization(0,
                0.99, 1e-3, true, true, bn.betaInitializer(), bn.gammaInitializer(), bn.movingMeanInitializer(),
                bn.movingVarianceInitializer(), null));
        assertTrue(a.getMessage().contains("axis=0"), a.getMessage());
    }

    @Test
    void configUsesKerasFieldNamesAndRoundTrips() {
        BatchNormalization bn = new BatchNormalization().withMomentum(0.9).withName("bn");
        java.util.Map<String, Object> config = new java.util.LinkedHashMap<>(bn.config());
        assertEquals(List.of("axis", "momentum", "epsilon", "center", "scale", "beta_initializer",
                "gamma_initializer", "moving_mean_initializer", "moving_variance_initializer"),
                List.copyOf(config.keySet()));
        config.put("name", "bn");
        assertEquals(bn, LayerConfig.layer("BatchNormalization", config));
    }
}
