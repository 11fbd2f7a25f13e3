package org.neurite.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Sequential;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One training step (forward, backward, Adam update) and one prediction per workload, for Neurite, DL4J,
 * the GEMM floor and (xor-tiny) the plain-Java floor. Time per call sampled in microseconds (the suite reports the median).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StepBenchmark {
    /** The workload parameter shared by the per-implementation states. */
    @State(Scope.Thread)
    public abstract static class Shape {
        @Param({"xor-tiny", "mlp-medium", "mlp-large"})
        public String workload;

        Workload shape() {
            Nd4jSettings.apply();
            return Workload.named(workload);
        }
    }

    /** A compiled Neurite model with its fixed batch and a single row for predict. */
    @State(Scope.Thread)
    public static class Neurite extends Shape {
        Sequential model;
        INDArray x;
        INDArray y;
        INDArray row;
        INDArray rowOut;

        @Setup
        public void setup() {
            Workload w = shape();
            model = w.model(1);
            model.compile(Adams.create(), w.loss());
            x = w.features();
            y = w.labels();
            row = x.getRow(0, true).dup('c');
            rowOut = model.predict(row).dup('c');
        }
    }

    /** DL4J's network for the workload. */
    @State(Scope.Thread)
    public static class Dl4j extends Shape {
        Dl4jPeer peer;

        @Setup
        public void setup() {
            peer = new Dl4jPeer(shape(), 1);
        }
    }

    /** The GEMM floor's buffers. */
    @State(Scope.Thread)
    public static class Floor extends Shape {
        GemmFloor floor;

        @Setup
        public void setup() {
            floor = new GemmFloor(shape());
        }
    }

    /** The plain-Java xor-tiny step with Neurite's initial weights. */
    @State(Scope.Thread)
    public static class Plain {
        PlainJavaXor xor;

        @Setup
        public void setup() {
            Nd4jSettings.apply();
            xor = new PlainJavaXor(Workload.LEARNING_RATE);
            xor.setWeights(Workload.XOR_TINY.model(1).getWeights());
        }
    }

    /**
     * Also run in AverageTime mode, for its heap bytes per step only: SampleTime's per-iteration sample buffer
     * would otherwise be charged to the few calls of a millisecond-long iteration (see {@link Report}).
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public double neuriteStep(Neurite s) {
        return s.model.trainOnBatch(s.x, s.y);
    }

    @Benchmark
    public INDArray neuritePredictRow(Neurite s) {
        return s.model.predict(s.row);
    }

    @Benchmark
    public INDArray neuritePredictRowInto(Neurite s) {
        s.model.predict(s.row, s.rowOut);
        return s.rowOut;
    }

    @Benchmark
    public void dl4jStep(Dl4j s) {
        s.peer.step();
    }

    @Benchmark
    public void gemmFloor(Floor s) {
        s.floor.step();
    }

    @Benchmark
    public double plainJavaXorStep(Plain s) {
        return s.xor.step();
    }
}
