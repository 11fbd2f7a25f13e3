package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.core.Dataset;

class MnistTest {
    @TempDir
    Path cache;

    @Test
    void loadsTheCachedFilesScaledToTheUnitIntervalWithOneHotLabels() throws IOException {
        TinyIdx.write(cache.resolve("mnist"), 12, 3, true);
        Dataset.Split data = Mnist.load(ImageOptions.defaults().withCacheDir(cache).withOneHotLabels(true));
        assertEquals(12, data.train().size());
        assertEquals(3, data.test().size());
        assertEquals(11 / 255.0, data.train().features().getDouble(11, 300), 1e-7);
        assertEquals(1.0, data.train().labels().getDouble(11, 1));
        assertEquals(1.0, data.train().labels().sumNumber().doubleValue() / 12);
    }

    @Test
    void offlineNamesTheCacheFolderAndTheCanonicalUrl() {
        String m = assertThrows(DatasetUnavailableException.class,
                () -> Mnist.load(ImageOptions.defaults().withCacheDir(cache).withDownload(false))).getMessage();
        assertTrue(m.startsWith("MNIST is not available") && m.contains("are not in " + cache.resolve("mnist") + ",")
                && m.contains("download the four files from https://storage.googleapis.com/cvdf-datasets/mnist/"), m);
    }

    @Test
    void loadWithoutOptionsReadsTheDefaultCacheFolderWithClassIndexLabels() throws Exception {
        TinyIdx.write(cache.resolve("mnist"), 12, 3, false);
        Dataset.Split data = TinyIdx.withDefaultCache(cache, Mnist::load);
        assertEquals(12, data.train().size());
        assertEquals(3, data.test().size());
        assertEquals(1, data.train().labelCount());
        assertEquals(7.0, data.train().labels().getDouble(7, 0));
        assertEquals(2 / 255.0, data.test().features().getDouble(2, 783), 1e-7);
    }
}
