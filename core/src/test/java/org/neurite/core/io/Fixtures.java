package org.neurite.core.io;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.Initializer;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;

/** Small models and data shared by the persistence tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** 12 rows of 3 features with a binary label (a fixed, non-separable-by-one-feature rule). */
    static INDArray x(DataType type) {
        double[][] rows = new double[12][3];
        for (int r = 0; r < 12; r++) {
            rows[r] = new double[] {(r % 3) - 1.0, ((r * 7) % 5) / 4.0, (r % 2) * 0.5};
        }
        return Nd4j.createFromArray(rows).castTo(type);
    }

    static INDArray y(DataType type) {
        double[][] rows = new double[12][1];
        for (int r = 0; r < 12; r++) {
            rows[r][0] = ((r % 3) + (r % 2)) % 2;
        }
        return Nd4j.createFromArray(rows).castTo(type);
    }

    /** A 3-5-4-1 model with named and default-named layers and non-default settings. */
    static Sequential model(DataType type) {
        return new Sequential(new Dense(5, Activation.TANH).withName("hidden"),
                new Dense(4, Activation.leakyRelu(0.1)).withBiasInitializer(Initializer.constant(0.25)),
                new Dense(1, Activation.SIGMOID).withKernelInitializer(Initializer.HE_UNIFORM))
                .setDataType(type).build(3, 42);
    }

    static Sequential compiled(DataType type) {
        Sequential model = model(type);
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY, Metric.MSE);
        return model;
    }

    static FitOptions options(int epochs) {
        return FitOptions.defaults().withEpochs(epochs).withBatchSize(5).withSeed(7).withVerbose(0);
    }

    /** Every weight array's bits, for bitwise comparisons. */
    static String bits(List<INDArray> arrays) {
        StringBuilder s = new StringBuilder();
        for (INDArray a : arrays) {
            double[] v = a.castTo(DataType.DOUBLE).dup('c').reshape(a.length()).toDoubleVector();
            for (double d : v) {
                s.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
            }
            s.append('|');
        }
        return s.toString();
    }
}
