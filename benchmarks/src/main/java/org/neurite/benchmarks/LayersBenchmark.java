package org.neurite.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Sequential;
import org.neurite.core.layers.ActivationLayer;
import org.neurite.core.layers.BatchNormalization;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Dropout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One Adam training step of mlp-medium, plain (64→128 relu→128 relu→10 softmax) and "with Dropout +
 * BatchNormalization" (each hidden Dense followed by BatchNormalization, a relu Activation layer and
 * Dropout(0.2), Keras's usual order), on the same batch: the cost of the new layers' fused loops. Run:
 * {@code java -cp ... org.openjdk.jmh.Main LayersBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class LayersBenchmark {
    @Param({"mlp-medium", "mlp-medium-dropout-bn"})
    public String model;

    Sequential network;
    INDArray x;
    INDArray y;

    @Setup
    public void setup() {
        Nd4jSettings.apply();
        Workload w = Workload.MLP_MEDIUM;
        network = model.equals("mlp-medium") ? w.model(1) : withDropoutAndBatchNorm(w, 1);
        network.compile(Adams.create(), w.loss());
        x = w.features();
        y = w.labels();
    }

    /** The workload's widths with BatchNormalization, relu and Dropout(0.2) after every hidden Dense. */
    static Sequential withDropoutAndBatchNorm(Workload w, long seed) {
        Sequential s = new Sequential();
        for (int l = 1; l < w.layers(); l++) {
            s.add(new Dense(w.width(l))).add(new BatchNormalization()).add(new ActivationLayer(w.hidden()))
                    .add(new Dropout(0.2));
        }
        s.add(new Dense(w.width(w.layers()), w.output()));
        return s.build(w.width(0), seed);
    }

    @Benchmark
    public double step() {
        return network.trainOnBatch(x, y);
    }
}
