package org.neurite.benchmarks;

import org.neurite.core.Dataset;
import org.neurite.core.FitOptions;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;

/**
 * Neurite's {@code Sequential.fit} for one epoch, as a user calls it: shuffled, batch 32, Adam 1e-3 (Keras's
 * defaults), accuracy metric on, progress off, no post-fit diagnosis.
 */
final class NeuriteEpoch implements EpochPeer {
    private final Sequential model;
    private final Dataset.Split data;
    private int epoch;

    NeuriteEpoch(Dataset.Split data) {
        this.data = data;
        this.model = Workload.FASHION_MNIST.model(1);
        model.compile(Adams.create(), Workload.FASHION_MNIST.loss(), Metric.ACCURACY);
    }

    @Override
    public String name() {
        return "Neurite Sequential.fit";
    }

    @Override
    public void epoch() {
        model.fit(data.train(), FitOptions.defaults().withEpochs(epoch + 1).withInitialEpoch(epoch).withBatchSize(32)
                .withSeed(1).withVerbose(0).withDiagnose(false));
        epoch++;
    }

    @Override
    public double testAccuracy() {
        return model.evaluate(data.test().features(), data.test().labels()).get("accuracy");
    }
}
