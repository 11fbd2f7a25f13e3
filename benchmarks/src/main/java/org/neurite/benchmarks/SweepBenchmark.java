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
 * Neurite's training step against the GEMM floor over batch size and width, on the sweep network
 * (width→width relu, width→width relu, width→10 softmax, Adam). The shape parameter reads {@code b<batch>-w<width>}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SweepBenchmark {
    /** The swept shape. */
    @State(Scope.Thread)
    public abstract static class Shape {
        @Param({"b1-w128", "b16-w128", "b256-w128", "b1024-w128", "b64-w8", "b64-w128", "b64-w512", "b64-w2048"})
        public String shape;

        Workload workload() {
            Nd4jSettings.apply();
            return parse(shape);
        }
    }

    /** {@code b<batch>-w<width>} as a sweep workload. */
    public static Workload parse(String shape) {
        String[] parts = shape.split("-");
        if (parts.length != 2 || !parts[0].startsWith("b") || !parts[1].startsWith("w")) {
            throw new IllegalArgumentException("Sweep shape must read b<batch>-w<width>, e.g. b64-w128; received '"
                    + shape + "'.");
        }
        return Workload.sweep(Integer.parseInt(parts[0].substring(1)), Integer.parseInt(parts[1].substring(1)));
    }

    /** Neurite's model of the shape. */
    @State(Scope.Thread)
    public static class Neurite extends Shape {
        Sequential model;
        INDArray x;
        INDArray y;

        @Setup
        public void setup() {
            Workload w = workload();
            model = w.model(1);
            model.compile(Adams.create(), w.loss());
            x = w.features();
            y = w.labels();
        }
    }

    /** The floor's buffers. */
    @State(Scope.Thread)
    public static class Floor extends Shape {
        GemmFloor floor;

        @Setup
        public void setup() {
            floor = new GemmFloor(workload());
        }
    }

    @Benchmark
    public double neuriteStep(Neurite s) {
        return s.model.trainOnBatch(s.x, s.y);
    }

    @Benchmark
    public void gemmFloor(Floor s) {
        s.floor.step();
    }
}
