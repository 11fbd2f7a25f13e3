package org.neurite.datasets.images;

import java.io.IOException;
import org.neurite.core.Dataset;

/**
 * MNIST handwritten digits (LeCun, Cortes and Burges): 60,000 training and 10,000 test images, 28 x 28 grey
 * levels, labels 0 to 9, as Keras's {@code keras.datasets.mnist.load_data()} but with pixels flattened to 784
 * columns scaled to [0, 1] (float32) and labels as class indices or one-hot.
 *
 * <p>Looks in the cache folder ({@code ~/.neurite/datasets/mnist} unless {@link ImageOptions} says otherwise),
 * else downloads the four IDX files from the mirror TensorFlow uses (then PyTorch's) and checks their SHA-256.
 * Debian packages no MNIST, so there is no system folder. Offline, a {@link DatasetUnavailableException}
 * says how to get the files.
 */
public final class Mnist {
    private Mnist() {
    }

    /** Train and test sets with {@link ImageOptions#defaults()}. */
    public static Dataset.Split load() throws IOException {
        return load(ImageOptions.defaults());
    }

    public static Dataset.Split load(ImageOptions options) throws IOException {
        return ImageLoader.load(Archive.MNIST, options);
    }
}
