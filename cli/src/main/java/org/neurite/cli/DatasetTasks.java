package org.neurite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurite.core.Dataset;
import org.neurite.datasets.images.DatasetUnavailableException;
import org.neurite.datasets.images.FashionMnist;
import org.neurite.datasets.images.ImageOptions;
import org.neurite.datasets.images.Mnist;
import org.neurite.datasets.playground.Playground;
import org.neurite.datasets.playground.PlaygroundOptions;

/**
 * The real and Playground datasets as {@code --task}s: {@code fashion-mnist} and {@code mnist} (training set,
 * with the test set evaluated after training; one-hot labels for a softmax output), and the 2-D shapes
 * {@code circle}, {@code gaussians}, {@code xor2d}, {@code spiral}, {@code spiral:K}, {@code blobs:K}
 * ({@code --samples} points, default 500, drawn with {@code --seed}).
 */
final class DatasetTasks {
    private DatasetTasks() {
    }

    static boolean handles(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        return s.equals("fashion-mnist") || s.equals("mnist") || s.equals("circle") || s.equals("gaussians")
                || s.equals("xor2d") || s.equals("spiral") || s.startsWith("spiral:") || s.startsWith("blobs:");
    }

    static Task load(String spec, ModelOptions options) {
        String s = spec.toLowerCase(Locale.ROOT);
        if (s.equals("fashion-mnist") || s.equals("mnist")) {
            return images(s, options);
        }
        PlaygroundOptions p = PlaygroundOptions.defaults().withSeed(options.seed);
        Dataset data;
        try {
            data = Playground.byName(s, options.samples == null ? p : p.withRows(options.samples));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--task: " + e.getMessage());
        }
        return new Task(s, data, List.of("x1", "x2"), false);
    }

    private static Task images(String name, ModelOptions options) {
        ImageOptions io = ImageOptions.defaults().withOneHotLabels(true);
        Dataset.Split split;
        try {
            split = name.equals("mnist") ? Mnist.load(io) : FashionMnist.load(io);
        } catch (DatasetUnavailableException e) {
            throw new UsageException("--task " + name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("--task " + name + ": " + e.getMessage(), e);
        }
        Dataset train = split.train();
        if (options.samples != null && options.samples < train.size()) {
            train = train.slice(0, options.samples);
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= train.featureCount(); i++) {
            names.add("pixel" + i);
        }
        return new Task(name, train, names, false, split.test());
    }
}
