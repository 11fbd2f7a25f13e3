package org.neurite.datasets.images;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Dataset;
import org.neurite.datasets.io.IdxLoader;
import org.neurite.datasets.io.IdxOptions;
import org.neurite.datasets.io.MalformedFileException;

/** Loads an {@link Archive}'s train and test sets: 28 x 28 images as 784 columns in [0, 1], 10 classes. */
final class ImageLoader {
    static final int PIXELS = 28 * 28;
    static final int CLASSES = 10;

    private ImageLoader() {
    }

    static Dataset.Split load(Archive archive, ImageOptions options) throws IOException {
        if (options == null) {
            throw new IllegalArgumentException(archive.title() + ".load: options must not be null; received "
                    + "options=null. Pass ImageOptions.defaults().");
        }
        Path[] files = ImageFiles.locate(archive, options);
        IdxOptions idx = IdxOptions.defaults().withFeatureScale(1 / 255.0).withOneHotLabels(options.oneHotLabels())
                .withClasses(CLASSES);
        Dataset train = checked(IdxLoader.load(files[0], files[1], idx), files[0], files[1]);
        Dataset test = checked(IdxLoader.load(files[2], files[3], idx), files[2], files[3]);
        return new Dataset.Split(train, test);
    }

    private static Dataset checked(Dataset data, Path images, Path labels) throws MalformedFileException {
        if (data.featureCount() != PIXELS) {
            throw new MalformedFileException(images, "byte 8", "holds images of " + data.featureCount()
                    + " pixels; expected 28 x 28 = 784. Delete the file so that it is fetched again.");
        }
        if (data.labelCount() == 1) {
            INDArray y = data.labels();
            double min = y.minNumber().doubleValue();
            double max = y.maxNumber().doubleValue();
            if (min < 0 || max >= CLASSES) {
                throw new MalformedFileException(labels, "byte 8", "holds labels from " + min + " to " + max
                        + "; expected class indices 0 to 9. Delete the file so that it is fetched again.");
            }
        }
        return data;
    }
}
