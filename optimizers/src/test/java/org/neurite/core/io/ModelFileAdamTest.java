package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Optimizer;
import org.neurite.core.Sequential;
import org.neurite.optimizers.Adam;
import org.neurite.optimizers.Sgd;
import org.neurite.optimizers.UpdateOptions;
import org.neurite.optimizers.schedules.ExponentialDecay;

/** Save, load and resume with the real optimizers: their configuration and state come back exactly. */
class ModelFileAdamTest {
    @TempDir
    Path dir;

    private static INDArray x() {
        double[][] rows = new double[16][3];
        for (int r = 0; r < 16; r++) {
            rows[r] = new double[] {(r % 4) - 1.5, ((r * 5) % 7) / 3.0, (r % 2) - 0.5};
        }
        return Nd4j.createFromArray(rows).castTo(DataType.FLOAT);
    }

    private static INDArray y() {
        double[][] rows = new double[16][1];
        for (int r = 0; r < 16; r++) {
            rows[r][0] = ((r % 4) + (r % 3)) % 2;
        }
        return Nd4j.createFromArray(rows).castTo(DataType.FLOAT);
    }

    private static Sequential model(Optimizer<?> optimizer) {
        Sequential model = new Sequential(new Dense(6, Activation.RELU), new Dense(4, Activation.TANH),
                new Dense(1, Activation.SIGMOID)).build(3, 11);
        model.compile(optimizer, Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    private static FitOptions options(int epochs) {
        return FitOptions.defaults().withEpochs(epochs).withBatchSize(5).withSeed(9).withVerbose(0);
    }

    private static String bits(List<INDArray> arrays) {
        StringBuilder s = new StringBuilder();
        for (INDArray a : arrays) {
            for (double d : a.castTo(DataType.DOUBLE).dup().reshape(a.length()).toDoubleVector()) {
                s.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
            }
            s.append('|');
        }
        return s.toString();
    }

    private static String slotBits(Sequential model) {
        Map<String, INDArray> slots = new TreeMap<>(model.optimizerState().slots());
        return slots.keySet() + bits(List.copyOf(slots.values()));
    }

    private void resumesBitForBit(Optimizer<?> optimizer) {
        Sequential straight = model(optimizer);
        straight.fit(x(), y(), options(8));
        Sequential first = model(optimizer);
        first.fit(x(), y(), options(4));
        Path file = dir.resolve(optimizer.name() + ".zip");
        first.save(file);
        Sequential resumed = Sequential.load(file);
        assertEquals(optimizer, resumed.optimizer());
        assertEquals(first.learningRateFactor(), resumed.learningRateFactor());
        resumed.fit(x(), y(), options(8).withInitialEpoch(resumed.epoch()));
        assertEquals(straight.step(), resumed.step());
        assertEquals(bits(straight.getWeights()), bits(resumed.getWeights()));
        assertEquals(slotBits(straight), slotBits(resumed));
    }

    @Test
    void adamWithAmsgradScheduleDecayAndClippingResumesBitForBit() {
        resumesBitForBit(new Adam(new ExponentialDecay(0.05, 3, 0.9, false), 0.8, 0.99, 1e-6, true,
                new UpdateOptions(0.01, 1.0, 0, 0)));
    }

    @Test
    void plainAdamResumesBitForBit() {
        resumesBitForBit(new Adam(0.02));
    }

    @Test
    void sgdWithNesterovMomentumResumesBitForBit() {
        resumesBitForBit(new Sgd(0.05, 0.9, true));
    }
}
