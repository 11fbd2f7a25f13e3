package org.neurite.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of {@code model.diagnose(x, y)} without trials on an MNIST-sized model: 784 → 128 relu → 10 softmax
 * with categorical cross-entropy and Adam, on 1,000 random rows with one-hot labels (issue 12's target: 20 ms).
 * Alongside, one {@code predict} of the same rows, the forward pass every diagnosis needs at least once: the
 * suite reports diagnose / predict from the same run, which a busy machine moves less than either time.
 * Sampled like the rest of the suite (medians in µs); part of {@link BenchmarkSuite}'s 1-thread group.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiagnoseBenchmark {
    /** Rows diagnosed. */
    public static final int ROWS = 1000;

    /** The model and its data. */
    @State(Scope.Thread)
    public static class Mnist {
        Sequential model;
        INDArray x;
        INDArray y;

        @Setup
        public void setup() {
            Nd4jSettings.apply();
            Nd4j.getRandom().setSeed(7);
            model = new Sequential(new Dense(128, Activation.RELU), new Dense(10, Activation.SOFTMAX)).build(784, 7);
            model.compile(Adams.create(), Loss.CATEGORICAL_CROSSENTROPY);
            x = Nd4j.rand(DataType.FLOAT, ROWS, 784);
            y = Nd4j.zeros(DataType.FLOAT, ROWS, 10);
            for (int r = 0; r < ROWS; r++) {
                y.putScalar(r, r % 10, 1);
            }
        }
    }

    @Benchmark
    public Diagnosis diagnose(Mnist s) {
        return s.model.diagnose(s.x, s.y);
    }

    @Benchmark
    public INDArray predict(Mnist s) {
        return s.model.predict(s.x);
    }
}
