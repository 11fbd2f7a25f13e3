package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

class DropoutTest {
    private static final INDArray X = LayerFixtures.uniform(1, 6, 3, -1, 1);
    private static final INDArray Y = LayerFixtures.uniform(2, 6, 2, -1, 1);

    @Test
    void backwardMatchesCentralDifferencesWithTheStepsFixedMask() {
        Sequential model = LayerFixtures.doubleModel(3, 5, Loss.MEAN_SQUARED_ERROR,
                new Dense(5, Activation.TANH), new Dropout(0.4), new Dense(2));
        LayerFixtures.assertGradientsMatch(model, X, Y);
    }

    @Test
    void trainingKeepsEachValueWithProbabilityOneMinusRateScaledByItsInverse() {
        LayerFixtures.Probe probe = new LayerFixtures.Probe();
        Sequential model = LayerFixtures.doubleModel(10, 1, Loss.MEAN_SQUARED_ERROR, new Dropout(0.3), probe,
                new Dense(1));
        model.computeGradients(Nd4j.ones(1000, 10), Nd4j.zeros(1000, 1));
        double[] seen = probe.seen.get(0).data().asDouble();
        long zeros = Arrays.stream(seen).filter(v -> v == 0).count();
        assertTrue(Arrays.stream(seen).allMatch(v -> v == 0 || v == 1 / 0.7), "values other than 0 and 1/0.7");
        assertEquals(0.3, zeros / 10_000.0, 0.02);
    }

    @Test
    void inferenceIsTheIdentity() {
        Sequential with = LayerFixtures.doubleModel(3, 9, Loss.MEAN_SQUARED_ERROR, new Dense(4), new Dropout(0.9),
                new Dense(2));
        Sequential without = LayerFixtures.doubleModel(3, 9, Loss.MEAN_SQUARED_ERROR, new Dense(4), new Dense(2));
        without.setWeights(with.getWeights());
        assertEquals(without.predict(X), with.predict(X));
        assertEquals(without.evaluate(X, Y), with.evaluate(X, Y));
    }

    @Test
    void theMaskIsFixedWithinAStepAndNewInTheNext() {
        LayerFixtures.Probe probe = new LayerFixtures.Probe();
        Sequential model = LayerFixtures.doubleModel(3, 1, Loss.MEAN_SQUARED_ERROR, new Dropout(0.5), probe,
                new Dense(2));
        model.computeGradients(X, Y);
        model.computeGradients(X, Y);
        model.trainOnBatch(X, Y);
        model.computeGradients(X, Y);
        assertEquals(probe.seen.get(0), probe.seen.get(1));
        assertEquals(probe.seen.get(0), probe.seen.get(2));
        assertNotEquals(probe.seen.get(2), probe.seen.get(3));
    }

    @Test
    void aLayerSeedGivesTheSameMaskWhateverTheFitSeed() {
        INDArray a = firstMask(new Dropout(0.5).withSeed(42), 1);
        INDArray b = firstMask(new Dropout(0.5).withSeed(42), 2);
        INDArray c = firstMask(new Dropout(0.5), 1);
        INDArray d = firstMask(new Dropout(0.5), 2);
        assertEquals(a, b);
        assertNotEquals(c, d);
    }

    private static INDArray firstMask(Dropout dropout, long fitSeed) {
        LayerFixtures.Probe probe = new LayerFixtures.Probe();
        Sequential model = new Sequential(dropout, probe, new Dense(1));
        model.compile(new org.neurite.core.GradientDescent(0.1), Loss.MEAN_SQUARED_ERROR);
        model.fit(Nd4j.ones(8, 6), Nd4j.zeros(8, 1), org.neurite.core.FitOptions.defaults().withEpochs(1)
                .withBatchSize(8).withSeed(fitSeed).withVerbose(0).withDiagnose(false));
        return probe.seen.get(0);
    }

    @Test
    void aNoiseShapeOfOneSharesTheMaskAcrossTheBatch() {
        LayerFixtures.Probe probe = new LayerFixtures.Probe();
        Sequential model = LayerFixtures.doubleModel(5, 1, Loss.MEAN_SQUARED_ERROR,
                new Dropout(0.5).withNoiseShape(Arrays.asList(1, null)), probe, new Dense(1));
        model.computeGradients(Nd4j.ones(40, 5), Nd4j.zeros(40, 1));
        INDArray seen = probe.seen.get(0);
        for (int r = 1; r < 40; r++) {
            assertArrayEquals(seen.getRow(0).toDoubleVector(), seen.getRow(r).toDoubleVector(), 0);
        }
    }

    @Test
    void rejectsARateOutsideZeroToOneNamingTheValueAndTheRange() {
        for (double rate : new double[] {-0.1, 1.0, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dropout(rate));
            assertTrue(e.getMessage().contains("rate=" + rate) && e.getMessage().contains("[0, 1)"), e.getMessage());
        }
    }

    @Test
    void rejectsANoiseShapeThatDoesNotFitTheInput() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> new Dropout(0.5).withNoiseShape(List.of(1)));
        assertTrue(size.getMessage().contains("noiseShape=[1]"), size.getMessage());
        Sequential model = new Sequential(new Dropout(0.5).withNoiseShape(Arrays.asList(null, 4)), new Dense(1));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class, () -> model.build(3));
        assertTrue(width.getMessage().contains("feature count 3"), width.getMessage());
        assertEquals(false, model.isBuilt());
    }

    @Test
    void configUsesKerasFieldNamesAndRoundTrips() {
        Dropout d = new Dropout(0.25, Arrays.asList(1, null), 7L, "drop");
        assertEquals("{rate=0.25, noise_shape=[1, null], seed=7}", d.config().toString());
        java.util.Map<String, Object> config = new java.util.LinkedHashMap<>(d.config());
        config.put("name", "drop");
        assertEquals(d, LayerConfig.layer("Dropout", config));
    }
}
