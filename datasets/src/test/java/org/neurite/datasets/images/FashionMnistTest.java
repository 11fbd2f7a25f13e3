package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Dataset;

class FashionMnistTest {
    static Dataset.Split data;

    @TempDir
    static Path emptyCache;

    @BeforeAll
    static void loadFromDebiansFolder() throws IOException {
        DebianFiles.folder();
        data = FashionMnist.load(ImageOptions.defaults().withCacheDir(emptyCache).withDownload(false));
    }

    @Test
    void loadsSixtyThousandTrainingAndTenThousandTestImagesOf784FloatPixels() {
        assertEquals(60_000, data.train().size());
        assertEquals(10_000, data.test().size());
        assertEquals(784, data.train().featureCount());
        assertEquals(784, data.test().featureCount());
        assertEquals(DataType.FLOAT, data.train().features().dataType());
        assertEquals(1, data.train().labelCount());
    }

    @Test
    void scalesPixelsToTheUnitIntervalReachingBothEnds() {
        for (Dataset d : new Dataset[] {data.train(), data.test()}) {
            assertEquals(0.0, d.features().minNumber().doubleValue());
            assertEquals(1.0, d.features().maxNumber().doubleValue());
        }
        // 255 * (1/255) and k/255 for a grey level k: the first training image's pixels are multiples of 1/255
        INDArray row = data.train().features().getRow(0);
        for (int i = 0; i < 784; i++) {
            double k = row.getDouble(i) * 255;
            assertEquals(Math.rint(k), k, 1e-4, "pixel " + i);
        }
    }

    @Test
    void everyClassHasSixThousandTrainingAndOneThousandTestImages() {
        int[] train = counts(data.train().labels());
        int[] test = counts(data.test().labels());
        for (int c = 0; c < 10; c++) {
            assertEquals(6000, train[c], "class " + c + " " + FashionMnist.CLASS_NAMES.get(c));
            assertEquals(1000, test[c], "class " + c);
        }
    }

    @Test
    void oneHotLabelsAreTheClassIndicesAsRowsOfTen() throws IOException {
        Dataset.Split hot = FashionMnist.load(ImageOptions.defaults().withCacheDir(emptyCache).withDownload(false)
                .withOneHotLabels(true));
        assertEquals(10, hot.test().labelCount());
        assertEquals(data.test().features(), hot.test().features());
        for (int r = 0; r < 10_000; r += 97) {
            int index = data.test().labels().getInt(r, 0);
            assertEquals(1.0, hot.test().labels().getRow(r).sumNumber().doubleValue());
            assertEquals(1.0, hot.test().labels().getDouble(r, index), "row " + r);
        }
    }

    @Test
    void refusesNullOptionsNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(null));
        assertTrue(e.getMessage().contains("options must not be null"), e.getMessage());
    }

    private static int[] counts(INDArray labels) {
        int[] counts = new int[10];
        for (int r = 0; r < labels.size(0); r++) {
            counts[labels.getInt(r, 0)]++;
        }
        return counts;
    }

    @Test
    void loadWithoutOptionsPrefersTheDefaultCacheFolderOverDebiansFiles(@TempDir Path cache) throws Exception {
        TinyIdx.write(cache.resolve("fashion-mnist"), 12, 3, true);
        Dataset.Split tiny = TinyIdx.withDefaultCache(cache, FashionMnist::load);
        assertEquals(12, tiny.train().size());
        assertEquals(3, tiny.test().size());
        assertEquals(1, tiny.train().labelCount());
        assertEquals(5.0, tiny.train().labels().getDouble(5, 0));
        assertEquals(11 / 255.0, tiny.train().features().getDouble(11, 0), 1e-7);
    }
}
