package org.neurite.datasets.images;

import java.io.IOException;
import java.util.List;
import org.neurite.core.Dataset;

/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017): 60,000 training and 10,000 test images of clothing, 28 x 28
 * grey levels, 10 classes, as Keras's {@code keras.datasets.fashion_mnist.load_data()} but ready to train:
 * pixels flattened to 784 columns and scaled to [0, 1] (float32), labels as class indices or one-hot.
 *
 * <p>Where the files come from, in order: the cache folder ({@code ~/.neurite/datasets/fashion-mnist} unless
 * {@link ImageOptions} says otherwise), the folder Debian's {@code dataset-fashion-mnist} package installs
 * ({@code /usr/share/datasets/fashion-mnist}), else a download from the canonical URLs into the cache, checked
 * against the published files' SHA-256. Offline, a {@link DatasetUnavailableException} says how to get them.
 */
public final class FashionMnist {
    /** The class names, by label index. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {
    }

    /** Train and test sets with {@link ImageOptions#defaults()}. */
    public static Dataset.Split load() throws IOException {
        return load(ImageOptions.defaults());
    }

    public static Dataset.Split load(ImageOptions options) throws IOException {
        return ImageLoader.load(Archive.FASHION_MNIST, options);
    }
}
