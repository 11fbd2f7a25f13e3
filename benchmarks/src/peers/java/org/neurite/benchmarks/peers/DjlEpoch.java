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
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.benchmarks.EpochPeer;
import org.neurite.core.Dataset;

/**
 * DJL 0.36 on its PyTorch 2.7.1 CPU engine, trained as DJL's own examples train: a {@code SequentialBlock} of
 * Linear(128), ReLU, Linear(10), softmax cross-entropy on class indices, Adam with a fixed 1e-3 rate, an
 * {@code ArrayDataset} sampled in shuffled batches of 32, {@code EasyTrain.trainBatch} then {@code step}.
 * Run with {@code -Dai.djl.offline=true}: the natives come from the pytorch-native-cpu jar.
 */
public final class DjlEpoch implements EpochPeer {
    private final NDManager manager = NDManager.newBaseManager();
    private final Model model = Model.newInstance("fmnist");
    private final Trainer trainer;
    private final ArrayDataset train;
    private final NDArray testX;
    private final NDArray testY;

    public DjlEpoch(Dataset.Split data) {
        SequentialBlock block = new SequentialBlock()
                .add(Linear.builder().setUnits(128).build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(10).build());
        model.setBlock(block);
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
        trainer = model.newTrainer(config);
        trainer.initialize(new Shape(32, 784));
        train = new ArrayDataset.Builder().setData(features(data.train()))
                .optLabels(classes(data.train())).setSampling(32, true).build();
        testX = features(data.test());
        testY = classes(data.test());
    }

    private NDArray features(Dataset d) {
        return manager.create(d.features().castTo(DataType.FLOAT).data().asFloat(), new Shape(d.size(), 784));
    }

    private NDArray classes(Dataset d) {
        INDArray index = d.labels().argMax(1).castTo(DataType.FLOAT);
        return manager.create(index.data().asFloat(), new Shape(d.size()));
    }

    @Override
    public String name() {
        return "DJL 0.36 + PyTorch 2.7.1 (EasyTrain)";
    }

    @Override
    public void epoch() {
        try {
            for (Batch batch : trainer.iterateDataset(train)) {
                EasyTrain.trainBatch(trainer, batch);
                trainer.step();
                batch.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("DJL epoch failed: " + e, e);
        }
    }

    @Override
    public double testAccuracy() {
        NDArray predicted = trainer.evaluate(new NDList(testX)).singletonOrThrow().argMax(1).toType(
                ai.djl.ndarray.types.DataType.FLOAT32, false);
        return predicted.eq(testY).sum().getLong() / (double) testY.size();
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
        manager.close();
    }
}
