package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.core.Dataset;
import org.neurite.datasets.io.MalformedFileException;

class ImageLoaderTest {
    @TempDir
    Path cache;

    /** MNIST's four files (plain IDX) in the cache: images of {@code side x 28} zero pixels, these labels. */
    private ImageOptions files(int side, int labelType, int... labels) throws IOException {
        Path folder = Files.createDirectories(cache.resolve(Archive.MNIST.folder()));
        for (String set : new String[] {"train", "t10k"}) {
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(
                    folder.resolve(set + "-images-idx3-ubyte")))) {
                out.writeInt(0x00000803);
                out.writeInt(labels.length);
                out.writeInt(side);
                out.writeInt(28);
                out.write(new byte[labels.length * side * 28]);
            }
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(
                    folder.resolve(set + "-labels-idx1-ubyte")))) {
                out.writeInt((labelType << 8) | 1);
                out.writeInt(labels.length);
                for (int label : labels) {
                    out.writeByte(label);
                }
            }
        }
        return ImageOptions.defaults().withCacheDir(cache).withDownload(false);
    }

    private static MalformedFileException refused(ImageOptions options) {
        return assertThrows(MalformedFileException.class, () -> ImageLoader.load(Archive.MNIST, options));
    }

    @Test
    void acceptsClassIndicesFromZeroToNine() throws IOException {
        Dataset.Split data = ImageLoader.load(Archive.MNIST, files(28, 0x08, 0, 9, 4));
        assertEquals(784, data.train().featureCount());
        assertEquals(0.0, data.test().labels().getDouble(0, 0));
        assertEquals(9.0, data.test().labels().getDouble(1, 0));
    }

    @Test
    void refusesImagesThatAreNotTwentyEightByTwentyEightNamingThePixelCount() throws IOException {
        MalformedFileException e = refused(files(27, 0x08, 1, 2));
        assertEquals(cache.resolve("mnist/train-images-idx3-ubyte"), e.file());
        assertTrue(e.getMessage().contains("holds images of 756 pixels; expected 28 x 28 = 784"), e.getMessage());
    }

    @Test
    void refusesClassIndexTenNamingTheLabelFileAndRange() throws IOException {
        MalformedFileException e = refused(files(28, 0x08, 0, 10));
        assertEquals(cache.resolve("mnist/train-labels-idx1-ubyte"), e.file());
        assertTrue(e.getMessage().contains("holds labels from 0.0 to 10.0; expected class indices 0 to 9"),
                e.getMessage());
    }

    @Test
    void refusesANegativeClassIndex() throws IOException {
        MalformedFileException e = refused(files(28, 0x09, -1, 3)); // signed bytes
        assertTrue(e.getMessage().contains("holds labels from -1.0 to 3.0"), e.getMessage());
    }
}
