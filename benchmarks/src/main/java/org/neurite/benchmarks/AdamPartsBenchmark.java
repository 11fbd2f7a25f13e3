package org.neurite.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.NativeMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the time of a small model's float32 Adam update goes, at mlp-medium's 26,122 parameters (and the
 * Fashion-MNIST tutorial model's 101,770): Neurite's whole update on the native flat buffers; the same Adam
 * arithmetic alone on Java arrays (no copies: the least any Java 17 loop can spend, the JIT vectorising it); and
 * the copies alone that move θ, g, m, v between native memory and the Java arrays the loop runs on (4 loads, 3
 * stores per parameter). mlp-medium's GEMM floor is about 47 µs, so its issue's target of 1.2 × the floor leaves
 * about 9.4 µs for everything that is not a matrix product; these three numbers show how much of that the update
 * alone needs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class AdamPartsBenchmark {
    private static final int PIECE = 4096;

    /** Parameters updated per call. */
    @Param({"26122", "101770"})
    public int parameters;

    private Parameters flat;
    private Optimizer<OptimizerState> optimizer;
    private OptimizerState state;
    private long step;
    private float[] p;
    private float[] g;
    private float[] m;
    private float[] v;
    private NativeMatrix[] natives;
    private final float[] piece = new float[PIECE];

    @SuppressWarnings("unchecked")
    @Setup
    public void setup() {
        Nd4jSettings.apply();
        INDArray values = Nd4j.rand(DataType.FLOAT, parameters);
        INDArray grads = Nd4j.rand(DataType.FLOAT, parameters).subi(0.5);
        flat = new Parameters(values, grads,
                List.of(new ParameterView("flat", 0, 0, parameters, new long[] {parameters})));
        optimizer = (Optimizer<OptimizerState>) Adams.create();
        state = optimizer.init(flat);
        p = values.data().asFloat();
        g = grads.data().asFloat();
        m = new float[parameters];
        v = new float[parameters];
        natives = new NativeMatrix[4];
        for (int i = 0; i < 4; i++) {
            natives[i] = NativeMatrix.of(Nd4j.rand(DataType.FLOAT, parameters));
        }
    }

    /** Neurite's float32 Adam update (the optimizers module's fused pass) on the native flat buffers. */
    @Benchmark
    public void neuriteAdam() {
        optimizer.update(flat, state, ++step, Workload.LEARNING_RATE);
    }

    /** The same arithmetic as Neurite's pass on Java arrays that hold all parameters: no copy at all. */
    @Benchmark
    public float arithmeticOnly() {
        FusedAdam.arithmetic(p, g, m, v, parameters, 1e-3f);
        return p[0];
    }

    /** The pass's copies alone: four native-to-Java loads and three stores per parameter, in pieces of 4096. */
    @Benchmark
    public float copiesOnly() {
        for (int off = 0; off < parameters; off += PIECE) {
            int len = Math.min(PIECE, parameters - off);
            for (int k = 0; k < 4; k++) {
                natives[k].loadFloats(off, piece, len);
            }
            for (int k = 0; k < 3; k++) {
                natives[k].storeFloats(off, piece, len);
            }
        }
        return piece[0];
    }
}
