package org.neurite.datasets.images;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/** Test helper: writes a small dataset of 28 x 28 images in the four IDX files, written by hand. */
final class TinyIdx {
    private TinyIdx() {
    }

    /**
     * {@code train} and {@code test} images where image i has every pixel equal to i (mod 256) and label
     * i mod 10; gzipped under the published names, or plain without ".gz".
     */
    static void write(Path folder, int train, int test, boolean gzip) throws IOException {
        Files.createDirectories(folder);
        String suffix = gzip ? ".gz" : "";
        images(folder.resolve("train-images-idx3-ubyte" + suffix), train, gzip);
        labels(folder.resolve("train-labels-idx1-ubyte" + suffix), train, gzip);
        images(folder.resolve("t10k-images-idx3-ubyte" + suffix), test, gzip);
        labels(folder.resolve("t10k-labels-idx1-ubyte" + suffix), test, gzip);
    }

    private static void images(Path file, int count, boolean gzip) throws IOException {
        try (DataOutputStream out = new DataOutputStream(open(file, gzip))) {
            out.writeInt(0x00000803);
            out.writeInt(count);
            out.writeInt(28);
            out.writeInt(28);
            for (int i = 0; i < count; i++) {
                for (int p = 0; p < 784; p++) {
                    out.writeByte(i);
                }
            }
        }
    }

    private static void labels(Path file, int count, boolean gzip) throws IOException {
        try (DataOutputStream out = new DataOutputStream(open(file, gzip))) {
            out.writeInt(0x00000801);
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                out.writeByte(i % 10);
            }
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return gzip ? new GZIPOutputStream(out) : out;
    }

    /** Runs {@code load} with the default cache folder moved to {@code dir} (the system property), then restores it. */
    static <T> T withDefaultCache(Path dir, Callable<T> load) throws Exception {
        String before = System.getProperty(ImageOptions.CACHE_PROPERTY);
        System.setProperty(ImageOptions.CACHE_PROPERTY, dir.toString());
        try {
            return load.call();
        } finally {
            if (before == null) {
                System.clearProperty(ImageOptions.CACHE_PROPERTY);
            } else {
                System.setProperty(ImageOptions.CACHE_PROPERTY, before);
            }
        }
    }
}
