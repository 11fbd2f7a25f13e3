package org.neurite.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adam's update of one million float32 parameters: Neurite's optimizer on the flat buffers, ND4J's own
 * {@code adam_updater} op with a reused {@link OpContext} (plus the {@code subtract} that applies it), and a
 * 16 MB native copy that measures the memory bandwidth the floor is computed from. Adam reads θ, g, m, v and
 * writes θ, m, v: {@value #BYTES_PER_PARAMETER} bytes per parameter.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdamBenchmark {
    /** Parameters updated per call. */
    public static final int PARAMETERS = 1_000_000;
    /** Bytes Adam reads and writes per float32 parameter (4 arrays read, 3 written). */
    public static final int BYTES_PER_PARAMETER = 28;
    /** Bytes copied by {@link #copyBandwidth}; bandwidth = 2 × this / time (read plus write). */
    public static final long COPY_BYTES = 16L << 20;

    /** An optimizer and its state over a flat buffer of one million parameters. */
    abstract static class FlatUpdate {
        Parameters parameters;
        Optimizer<OptimizerState> optimizer;
        OptimizerState state;
        long step;

        @SuppressWarnings("unchecked")
        void prepare(Optimizer<?> rule) {
            Nd4jSettings.apply();
            INDArray values = Nd4j.rand(DataType.FLOAT, PARAMETERS);
            INDArray grads = Nd4j.rand(DataType.FLOAT, PARAMETERS).subi(0.5);
            parameters = new Parameters(values, grads,
                    List.of(new ParameterView("flat", 0, 0, PARAMETERS, new long[] {PARAMETERS})));
            optimizer = (Optimizer<OptimizerState>) rule;
            state = optimizer.init(parameters);
        }

        void update() {
            optimizer.update(parameters, state, ++step, Workload.LEARNING_RATE);
        }
    }

    /** Neurite's Adam (the optimizers module's, see {@link Adams}). */
    @State(Scope.Thread)
    public static class NeuriteAdam extends FlatUpdate {
        @Setup
        public void setup() {
            prepare(Adams.create());
        }
    }

    /** The float32-math fused pass ({@link FusedAdam}), for comparison with the optimizers module's Adam. */
    @State(Scope.Thread)
    public static class Float32Adam extends FlatUpdate {
        @Setup
        public void setup() {
            prepare(new FusedAdam(Workload.LEARNING_RATE));
        }
    }

    /** ND4J's fused adam_updater and a subtract, each with a context built once. */
    @State(Scope.Thread)
    public static class Nd4jAdam {
        OpExecutioner executioner;
        DynamicCustomOp adam;
        OpContext adamContext;
        DynamicCustomOp subtract;
        OpContext subtractContext;
        int iteration;

        @Setup
        public void setup() {
            Nd4jSettings.apply();
            INDArray p = Nd4j.rand(DataType.FLOAT, PARAMETERS);
            INDArray g = Nd4j.rand(DataType.FLOAT, PARAMETERS).subi(0.5);
            INDArray v = Nd4j.create(DataType.FLOAT, PARAMETERS);
            INDArray m = Nd4j.create(DataType.FLOAT, PARAMETERS);
            executioner = Nd4j.getExecutioner();
            adam = DynamicCustomOp.builder("adam_updater").addInputs(g, v, m).addOutputs(g, v, m).build();
            adamContext = executioner.buildContext();
            adamContext.setInputArrays(g, v, m);
            adamContext.setOutputArrays(g, v, m);
            adamContext.setTArguments(Workload.LEARNING_RATE, FusedAdam.BETA1, FusedAdam.BETA2, FusedAdam.EPSILON);
            subtract = DynamicCustomOp.builder("subtract").addInputs(p, g).addOutputs(p).build();
            subtractContext = executioner.buildContext();
            subtractContext.setInputArrays(p, g);
            subtractContext.setOutputArrays(p);
        }
    }

    /** Two native 16 MB buffers. */
    @State(Scope.Thread)
    public static class Copy {
        INDArray src;
        INDArray dst;
        Pointer srcPointer;
        Pointer dstPointer;

        @Setup
        public void setup() {
            Nd4jSettings.apply();
            src = Nd4j.rand(DataType.FLOAT, (int) (COPY_BYTES / 4));
            dst = Nd4j.create(DataType.FLOAT, (int) (COPY_BYTES / 4));
            srcPointer = src.data().addressPointer();
            dstPointer = dst.data().addressPointer();
        }
    }

    @Benchmark
    public void neuriteAdam(NeuriteAdam s) {
        s.update();
    }

    @Benchmark
    public void float32FusedAdam(Float32Adam s) {
        s.update();
    }

    @Benchmark
    public void nd4jAdamUpdater(Nd4jAdam s) {
        s.adamContext.setIArguments(s.iteration++);
        s.executioner.exec(s.adam, s.adamContext);
        s.executioner.exec(s.subtract, s.subtractContext);
    }

    @Benchmark
    public void copyBandwidth(Copy s) {
        Pointer.memcpy(s.dstPointer, s.srcPointer, COPY_BYTES);
    }
}
