package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class DatasetTest {
    /** Row i has features [i, 10 i] and label 100 i, so any row says whether its pairing survived. */
    static Dataset numbered(int rows) {
        float[][] x = new float[rows][];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = new float[] {i, 10 * i};
            y[i] = 100 * i;
        }
        return new Dataset(Nd4j.createFromArray(x), Nd4j.createFromArray(y));
    }

    /** The row ids of {@code data}, checking each row's features and label still belong together. */
    static int[] rowIds(Dataset data) {
        int[] ids = new int[data.size()];
        for (int r = 0; r < data.size(); r++) {
            float id = data.features().getFloat(r, 0);
            assertEquals(10 * id, data.features().getFloat(r, 1), "features of row " + r);
            assertEquals(100 * id, data.labels().getFloat(r, 0), "label of row " + r);
            ids[r] = (int) id;
        }
        return ids;
    }

    static int[] range(int from, int to) {
        int[] ids = new int[to - from];
        Arrays.setAll(ids, i -> from + i);
        return ids;
    }

    @Test
    void readsRankOneLabelsAsOneColumn() {
        Dataset data = numbered(3);
        assertArrayEquals(new long[] {3, 1}, data.labels().shape());
        assertEquals(3, data.size());
        assertEquals(2, data.featureCount());
        assertEquals(1, data.labelCount());
    }

    @Test
    void rejectsLabelsWithAnotherRowCountNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(Nd4j.zeros(DataType.FLOAT, 4, 2), Nd4j.zeros(DataType.FLOAT, 3, 1)));
        assertTrue(e.getMessage().contains("4 rows") && e.getMessage().contains("have 3"), e.getMessage());
    }

    @Test
    void shuffleKeepsFeatureLabelPairsAndEveryRowOnce() {
        int[] ids = rowIds(numbered(50).shuffle(7));
        assertFalse(Arrays.equals(range(0, 50), ids), "the order should change");
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        assertArrayEquals(range(0, 50), sorted);
    }

    @Test
    void shuffleIsReproducibleBySeedAndVariesWithIt() {
        Dataset data = numbered(50);
        assertArrayEquals(rowIds(data.shuffle(3)), rowIds(data.shuffle(3)));
        assertFalse(Arrays.equals(rowIds(data.shuffle(3)), rowIds(data.shuffle(4))));
    }

    @Test
    void shuffleLeavesTheOriginalUnchanged() {
        Dataset data = numbered(20);
        data.shuffle(1);
        assertArrayEquals(range(0, 20), rowIds(data));
    }

    @Test
    void splitPartitionsTheRowsByFractionKeepingPairs() {
        Dataset.Split split = numbered(10).split(0.8, 5);
        assertEquals(8, split.train().size());
        assertEquals(2, split.test().size());
        int[] all = new int[10];
        System.arraycopy(rowIds(split.train()), 0, all, 0, 8);
        System.arraycopy(rowIds(split.test()), 0, all, 8, 2);
        Arrays.sort(all);
        assertArrayEquals(range(0, 10), all);
        assertArrayEquals(rowIds(split.test()), rowIds(numbered(10).split(0.8, 5).test()));
    }

    @Test
    void splitRejectsFractionsOutsideTheOpenUnitInterval() {
        for (double f : new double[] {0, 1, -0.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> numbered(10).split(f, 0));
            assertTrue(e.getMessage().contains("fraction=" + f), e.getMessage());
        }
    }

    @Test
    void splitRejectsAnEmptyPartNamingTheCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> numbered(3).split(0.9, 0));
        assertTrue(e.getMessage().contains("leaves 3 for training and 0 for testing"), e.getMessage());
    }

    @Test
    void batchesCoverTheRowsInOrderKeepingTheLastPartialBatch() {
        List<Dataset> batches = numbered(10).batches(4);
        assertEquals(3, batches.size());
        assertArrayEquals(range(0, 4), rowIds(batches.get(0)));
        assertArrayEquals(range(4, 8), rowIds(batches.get(1)));
        assertArrayEquals(range(8, 10), rowIds(batches.get(2)));
    }

    @Test
    void batchesOfAShuffledDatasetCanBeShuffledAgain() {
        Dataset batch = numbered(10).shuffle(2).batches(3).get(1);
        int[] before = rowIds(batch);
        int[] after = rowIds(batch.shuffle(9));
        Arrays.sort(before);
        Arrays.sort(after);
        assertArrayEquals(before, after);
    }

    @Test
    void batchesRejectANonPositiveSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> numbered(4).batches(0));
        assertTrue(e.getMessage().contains("batchSize=0"), e.getMessage());
    }

    @Test
    void sliceRejectsRowsOutsideTheDataset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> numbered(4).slice(2, 5));
        assertTrue(e.getMessage().contains("to=5") && e.getMessage().contains("<= 4"), e.getMessage());
    }

    @Test
    void concatAppendsTheOtherRowsAfterThese() {
        Dataset joined = numbered(3).concat(numbered(2));
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, rowIds(joined));
    }

    @Test
    void concatRejectsDifferentColumnCountsNamingBoth() {
        Dataset other = new Dataset(Nd4j.zeros(DataType.FLOAT, 2, 3), Nd4j.zeros(DataType.FLOAT, 2, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> numbered(3).concat(other));
        assertTrue(e.getMessage().contains("has 2 feature") && e.getMessage().contains("other has 3"),
                e.getMessage());
    }

    @Test
    void concatRejectsDifferentDataTypes() {
        Dataset other = new Dataset(Nd4j.zeros(DataType.DOUBLE, 2, 2), Nd4j.zeros(DataType.DOUBLE, 2, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> numbered(3).concat(other));
        assertTrue(e.getMessage().contains("FLOAT") && e.getMessage().contains("DOUBLE"), e.getMessage());
    }
}
