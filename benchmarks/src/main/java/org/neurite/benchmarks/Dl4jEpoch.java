package org.neurite.benchmarks;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.ViewIterator;
import org.neurite.core.Dataset;

/**
 * DL4J's {@code MultiLayerNetwork.fit(DataSetIterator)} for one epoch, as its user guide trains: the same model
 * as {@link Dl4jPeer} builds (XAVIER_UNIFORM, Adam 1e-3, MCXENT), the training set served in batches of 32 by
 * ND4J's {@code ViewIterator} (views of the in-memory set, no copies; it does not reshuffle between epochs).
 */
final class Dl4jEpoch implements EpochPeer {
    private final MultiLayerNetwork network;
    private final ViewIterator train;
    private final DataSet test;

    Dl4jEpoch(Dataset.Split data) {
        network = new Dl4jPeer(Workload.FASHION_MNIST, 1).network();
        train = new ViewIterator(new DataSet(data.train().features(), data.train().labels()), 32);
        test = new DataSet(data.test().features(), data.test().labels());
    }

    @Override
    public String name() {
        return "DL4J MultiLayerNetwork.fit(DataSetIterator)";
    }

    @Override
    public void epoch() {
        train.reset();
        network.fit(train);
    }

    @Override
    public double testAccuracy() {
        Evaluation e = new Evaluation(10);
        e.eval(test.getLabels(), network.output(test.getFeatures()));
        return e.accuracy();
    }
}
