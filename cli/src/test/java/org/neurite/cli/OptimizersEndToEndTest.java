package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.NonFiniteGradientException;
import org.neurite.core.Optimizer;
import org.neurite.core.Sequential;
import org.neurite.optimizers.Adam;
import org.neurite.optimizers.Sgd;

/** The optimizers module driving core's training loop on real models. */
class OptimizersEndToEndTest {
    private static final int SEEDS = 10;

    private static INDArray xorX() {
        return Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    }

    private static INDArray xorY() {
        return Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}});
    }

    /** Seeds (of 0..9) for which a 2-4-1 tanh/sigmoid model reaches 100% accuracy on XOR. */
    private static List<Long> seedsThatLearnXor(Optimizer<?> optimizer, int epochs) {
        List<Long> solved = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
            model.compile(optimizer, Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
            model.fit(xorX(), xorY(), FitOptions.defaults().withEpochs(epochs).withBatchSize(4).withSeed(seed)
                    .withVerbose(0));
            if (model.evaluate(xorX(), xorY()).get("accuracy") == 1.0) {
                solved.add(seed);
            }
        }
        return solved;
    }

    @Test
    void adamTrainsXorToFullAccuracyForAtLeastNineOfTenSeeds() {
        List<Long> solved = seedsThatLearnXor(new Adam(0.05), 500);
        assertTrue(solved.size() >= 9, "Adam solved XOR only for seeds " + solved);
    }

    @Test
    void sgdWithMomentumTrainsXorToFullAccuracyForAtLeastNineOfTenSeeds() {
        List<Long> solved = seedsThatLearnXor(new Sgd(0.1, 0.9, false), 500);
        assertTrue(solved.size() >= 9, "SGD with momentum solved XOR only for seeds " + solved);
    }

    @Test
    void compileByNameUsesTheOptimizersModule() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile("adam", "binary_crossentropy", "accuracy");
        assertTrue(model.optimizer() instanceof Adam);
    }

    @Test
    void nonFiniteGradientStopsTrainingAndKeepsTheLastGoodWeights() {
        // Linear regression with a learning rate far beyond 2/λ_max: the weights grow geometrically until the
        // FLOAT gradient overflows; the step that sees it must be refused.
        Sequential model = new Sequential(new Dense(1).withName("out"));
        model.compile(new Sgd(50), Loss.MEAN_SQUARED_ERROR);
        INDArray x = Nd4j.createFromArray(new float[][] {{1, 2}, {3, -1}, {-2, 4}, {5, 5}});
        INDArray y = Nd4j.createFromArray(new float[][] {{1}, {0}, {2}, {-1}});
        model.build(2, 7);
        List<INDArray> lastGood = model.getWeights();
        NonFiniteGradientException failure = null;
        for (int step = 1; step <= 200 && failure == null; step++) {
            try {
                model.trainOnBatch(x, y);
                lastGood = model.getWeights();
            } catch (NonFiniteGradientException e) {
                failure = e;
            }
        }
        NonFiniteGradientException e = failure;
        assertTrue(e != null, "the weights never overflowed");
        assertEquals("out", e.layer());
        assertTrue(e.parameter().startsWith("out/"), e.parameter());
        assertEquals(model.step() + 1, e.step(), "the refused step is the one after the last applied step");
        assertTrue(e.getMessage().contains("step " + e.step()) && e.getMessage().contains("'out'"), e.getMessage());
        List<INDArray> now = model.getWeights();
        for (int i = 0; i < now.size(); i++) {
            assertArrayEquals(lastGood.get(i).toFloatVector(), now.get(i).toFloatVector(), 0f,
                    "weights changed by the refused step in " + i);
        }
        assertThrows(NonFiniteGradientException.class, () -> model.trainOnBatch(x, y));
    }
}
