package org.neurite.core.callbacks;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Callback;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.GradientDescent;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;

/** A small trainable model and a callback that writes scripted values into the epoch logs. */
final class Scripted {
    private Scripted() {
    }

    static INDArray x() {
        return Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5f, 0.25f}, {0.25f, 1}});
    }

    static INDArray y() {
        return Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}, {1}, {0}});
    }

    static Sequential model() {
        Sequential model = new Sequential(new Dense(4, Activation.TANH).withName("a"),
                new Dense(1, Activation.SIGMOID).withName("b")).build(2, 3);
        model.compile(new GradientDescent(0.5), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    static FitOptions options(int epochs, Callback... callbacks) {
        return FitOptions.defaults().withEpochs(epochs).withBatchSize(3).withSeed(1).withVerbose(0)
                .withCallbacks(callbacks);
    }

    /** Puts {@code values[epoch]} into the logs as {@code name}; place it before the callback under test. */
    static LambdaCallback script(String name, double... values) {
        return LambdaCallback.defaults().withOnEpochEnd((epoch, logs, ctx) -> logs.put(name, values[epoch]));
    }

    /** Records the weights at the end of every epoch. */
    static LambdaCallback recorder(List<List<INDArray>> into) {
        return LambdaCallback.defaults().withOnEpochEnd((epoch, logs, ctx) -> into.add(ctx.model().getWeights()));
    }

    static List<List<INDArray>> list() {
        return new ArrayList<>();
    }

    static String bits(List<INDArray> arrays) {
        StringBuilder s = new StringBuilder();
        for (INDArray a : arrays) {
            for (double d : a.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).dup().reshape(a.length())
                    .toDoubleVector()) {
                s.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
            }
        }
        return s.toString();
    }
}
