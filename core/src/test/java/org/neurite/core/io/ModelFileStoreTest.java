package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.core.constraints.MaxNorm;
import org.neurite.core.constraints.NonNeg;
import org.neurite.core.layers.ActivationLayer;
import org.neurite.core.layers.BatchNormalization;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Dropout;
import org.neurite.core.layers.GaussianNoise;
import org.neurite.core.layers.LayerNormalization;
import org.neurite.core.layers.Normalization;
import org.neurite.core.regularizers.L1;
import org.neurite.core.regularizers.L2;

/** Saving and loading through the ModelStore service, with every layer, penalty and constraint. */
class ModelFileStoreTest {
    private static final DataType TYPE = DataType.FLOAT;

    @TempDir
    Path dir;

    /** A model using every layer, every penalty (kernel, bias, activity; L1, L2, L1L2) and every constraint. */
    static Sequential everyLayer() {
        Sequential model = new Sequential(new Normalization().adapt(Fixtures.x(DataType.DOUBLE)),
                new Dense(6).withKernelRegularizer(new L2(0.01)).withKernelConstraint(new MaxNorm(3))
                        .withBiasRegularizer(new L1(0.001)),
                new BatchNormalization().withMomentum(0.9), new ActivationLayer("relu"), new Dropout(0.25),
                new GaussianNoise(0.1), new LayerNormalization(),
                new Dense(1, Activation.SIGMOID).withActivityRegularizer(new L2(0.01))
                        .withKernelRegularizer(new org.neurite.core.regularizers.L1L2(0.001, 0.002))
                        .withKernelConstraint(new org.neurite.core.constraints.UnitNorm())
                        .withBiasConstraint(new NonNeg())).setDataType(TYPE).build(3, 42);
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    @Test
    void aLoadedModelWithEveryLayerPredictsAndHoldsItsWeightsBitIdentically() {
        Sequential model = everyLayer();
        model.fit(Fixtures.x(TYPE), Fixtures.y(TYPE), Fixtures.options(3));
        Path file = dir.resolve("every.zip");
        model.save(file);
        Sequential loaded = Sequential.load(file);
        assertEquals(model.weightNames(), loaded.weightNames());
        assertEquals(Fixtures.bits(model.getWeights()), Fixtures.bits(loaded.getWeights()));
        assertEquals(Fixtures.bits(List.of(model.predict(Fixtures.x(TYPE)))),
                Fixtures.bits(List.of(loaded.predict(Fixtures.x(TYPE)))));
        assertEquals(model.summaryText(), loaded.summaryText());
        for (int i = 1; i < model.layers().size(); i++) {
            assertEquals(model.layers().get(i).config(), loaded.layers().get(i).config(), "layer " + i);
        }
    }

    @Test
    void resumingAModelWithEveryLayerMatchesAnUninterruptedRunBitForBit() {
        Sequential straight = everyLayer();
        History full = straight.fit(Fixtures.x(TYPE), Fixtures.y(TYPE), Fixtures.options(6));

        Sequential first = everyLayer();
        first.fit(Fixtures.x(TYPE), Fixtures.y(TYPE), Fixtures.options(3));
        Path file = dir.resolve("half.zip");
        first.save(file);
        Sequential resumed = Sequential.load(file);
        History rest = resumed.fit(Fixtures.x(TYPE), Fixtures.y(TYPE),
                Fixtures.options(6).withInitialEpoch(resumed.epoch()));

        assertEquals(Fixtures.bits(straight.getWeights()), Fixtures.bits(resumed.getWeights()));
        assertEquals(full.last("loss"), rest.last("loss"));
        List<INDArray> stats = resumed.getWeights();
        assertTrue(stats.get(6).sumNumber().doubleValue() != 0, "moving_mean never moved");
    }

    @Test
    void aRestartedRunWithTheSameSeedIsBitIdentical() {
        Sequential a = everyLayer();
        Sequential b = everyLayer();
        Map<String, List<Double>> ha = a.fit(Fixtures.x(TYPE), Fixtures.y(TYPE), Fixtures.options(4)).history();
        Map<String, List<Double>> hb = b.fit(Fixtures.x(TYPE), Fixtures.y(TYPE), Fixtures.options(4)).history();
        assertEquals(ha, hb);
        assertEquals(Fixtures.bits(a.getWeights()), Fixtures.bits(b.getWeights()));
    }
}
