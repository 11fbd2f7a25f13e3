package org.neurite.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.Dataset;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Dropout;
import org.neurite.core.layers.Layer;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.datasets.images.FashionMnist;
import org.neurite.datasets.images.ImageOptions;
import org.neurite.optimizers.Adam;
import org.neurite.optimizers.UpdateOptions;
import org.neurite.optimizers.schedules.CosineDecay;

/**
 * The accuracy run (not a unit test): 784-256 relu-Dropout-128 relu-Dropout-10 softmax, Adam 1e-3, batch 32,
 * 20 epochs on Fashion-MNIST's 60,000 training images, then the 10,000 test images; prints test accuracy and wall
 * time. The bar is 0.89 (Fashion-MNIST's README lists an MLP 256-128-100 at 0.8833).
 * {@code java ... FashionMnistAccuracy [epochs] [seed] [dropout rate, 0.2; 0 for none] [constant|cosine]}: with
 * {@code cosine} the learning rate follows Keras's {@code CosineDecay(1e-3, all steps)} down to 0.
 */
public final class FashionMnistAccuracy {
    private static final int BATCH = 32;

    private FashionMnistAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
        boolean cosine = args.length > 3 && args[3].equals("cosine");
        Nd4jSettings.apply();
        Dataset.Split data = FashionMnist.load(ImageOptions.defaults().withOneHotLabels(true));
        List<Layer> layers = new ArrayList<>(List.of(new Dense(256, Activation.RELU)));
        if (rate > 0) {
            layers.add(new Dropout(rate));
        }
        layers.add(new Dense(128, Activation.RELU));
        if (rate > 0) {
            layers.add(new Dropout(rate));
        }
        layers.add(new Dense(10, Activation.SOFTMAX));
        Sequential model = new Sequential(layers.toArray(new Layer[0]));
        long steps = (long) epochs * ((data.train().size() + BATCH - 1) / BATCH);
        Adam adam = cosine
                ? new Adam(new CosineDecay(1e-3, steps, 0), 0.9, 0.999, 1e-7, false, UpdateOptions.defaults())
                : new Adam(1e-3);
        model.compile(adam, Loss.CATEGORICAL_CROSSENTROPY, Metric.ACCURACY);
        long start = System.nanoTime();
        History history = model.fit(data.train(), FitOptions.defaults().withEpochs(epochs).withBatchSize(BATCH)
                .withSeed(seed).withVerbose(2).withDiagnose(false).withValidationData(data.test()));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> test = model.evaluate(data.test().features(), data.test().labels());
        System.out.printf(Locale.ROOT, "784-256-128-10 relu, Dropout %.2f, Adam 1e-3%s, batch %d, %d epochs, seed %d: "
                + "test accuracy %.4f (loss %.4f), train accuracy %.4f; fit took %.1f s (%.2f s per epoch, validation "
                + "included)%n", rate, cosine ? " cosine decay" : "", BATCH, epochs, seed, test.get("accuracy"),
                test.get("loss"), history.last("accuracy"), seconds, seconds / epochs);
    }
}
