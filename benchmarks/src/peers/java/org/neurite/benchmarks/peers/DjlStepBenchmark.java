package org.neurite.benchmarks.peers;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.concurrent.TimeUnit;
import org.neurite.benchmarks.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * DJL 0.36 on PyTorch 2.7.1 (CPU) for the step benchmarks' workloads: the same widths and activations,
 * sigmoid or softmax cross-entropy on logits, Adam 1e-3, one step on the workload's fixed batch (forward in a
 * gradient collector, backward, {@code trainer.step()}); each step's arrays live in a sub-manager closed after
 * it. Only with {@code -Ppeers}; run with {@code -Dai.djl.offline=true}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DjlStepBenchmark {
    @Param({"xor-tiny", "mlp-medium", "mlp-large"})
    public String workload;

    private NDManager manager;
    private Model model;
    private Trainer trainer;
    private float[] x;
    private float[] y;
    private Shape xShape;
    private Shape yShape;

    @Setup
    public void setup() {
        Workload w = Workload.named(workload);
        SequentialBlock block = new SequentialBlock();
        for (int l = 1; l < w.widths().length; l++) {
            block.add(Linear.builder().setUnits(w.width(l)).build());
            if (l < w.layers()) {
                block.add(w.hidden().name().equals("tanh") ? Activation.tanhBlock() : Activation.reluBlock());
            }
        }
        manager = NDManager.newBaseManager();
        model = Model.newInstance(workload);
        model.setBlock(block);
        Loss loss = w.output().name().equals("sigmoid") ? Loss.sigmoidBinaryCrossEntropyLoss()
                : Loss.softmaxCrossEntropyLoss("cce", 1, -1, false, true);
        trainer = model.newTrainer(new DefaultTrainingConfig(loss)
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build()));
        xShape = new Shape(w.batch(), w.width(0));
        yShape = new Shape(w.batch(), w.width(w.layers()));
        trainer.initialize(xShape);
        x = w.features().data().asFloat();
        y = w.labels().data().asFloat();
    }

    @Benchmark
    public void djlStep() {
        try (NDManager step = manager.newSubManager()) {
            NDArray xb = step.create(x, xShape);
            NDArray yb = step.create(y, yShape);
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(xb)).singletonOrThrow();
                collector.backward(trainer.getLoss().evaluate(new NDList(yb), new NDList(out)));
            }
            trainer.step();
        }
    }

    @TearDown
    public void close() {
        trainer.close();
        model.close();
        manager.close();
    }
}
