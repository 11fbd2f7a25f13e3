package org.neurite.benchmarks;

import java.util.Locale;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.Dataset;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.datasets.images.FashionMnist;
import org.neurite.datasets.images.ImageOptions;
import org.neurite.optimizers.Adam;

/**
 * The accuracy run (not a unit test): 784-256 relu-128 relu-10 softmax, Adam 1e-3, batch 32, 20 epochs on
 * Fashion-MNIST's 60,000 training images, then the 10,000 test images; prints test accuracy and wall time.
 * The bar is 0.89 (Fashion-MNIST's README lists an MLP 256-128-100 at 0.8833). Without Dropout (not on
 * main when this was written). {@code java ... FashionMnistAccuracy [epochs] [seed]}.
 */
public final class FashionMnistAccuracy {
    private FashionMnistAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Nd4jSettings.apply();
        Dataset.Split data = FashionMnist.load(ImageOptions.defaults().withOneHotLabels(true));
        Sequential model = new Sequential(new Dense(256, Activation.RELU), new Dense(128, Activation.RELU),
                new Dense(10, Activation.SOFTMAX));
        model.compile(new Adam(1e-3), Loss.CATEGORICAL_CROSSENTROPY, Metric.ACCURACY);
        long start = System.nanoTime();
        History history = model.fit(data.train(), FitOptions.defaults().withEpochs(epochs).withBatchSize(32)
                .withSeed(seed).withVerbose(2).withDiagnose(false).withValidationData(data.test()));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> test = model.evaluate(data.test().features(), data.test().labels());
        System.out.printf(Locale.ROOT, "784-256-128-10 relu, Adam 1e-3, batch 32, %d epochs, seed %d: test accuracy "
                + "%.4f (loss %.4f), train accuracy %.4f; fit took %.1f s (%.2f s per epoch, validation included)%n",
                epochs, seed, test.get("categorical_accuracy"), test.get("loss"),
                history.last("categorical_accuracy"), seconds, seconds / epochs);
    }
}
