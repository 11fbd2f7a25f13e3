package org.neurite.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Features {@code [rows, features]} and labels {@code [rows, labelColumns]} with one row per example.
 * A rank-1 label array is read as one column.
 *
 * <p>The row operations ({@link #shuffle}, {@link #split}, {@link #batches}, {@link #slice}, {@link #concat})
 * never change this dataset: shuffle, split and concat copy, slice and batches return views. Shuffling draws a
 * Fisher-Yates permutation from {@link java.util.Random} seeded with the given seed, so the same seed gives the
 * same rows on every JVM.
 */
public record Dataset(INDArray features, INDArray labels) {
    public Dataset {
        if (features == null || labels == null) {
            throw new IllegalArgumentException("Dataset: features and labels must not be null; received features="
                    + features + ", labels=" + labels + ".");
        }
        if (features.rank() != 2) {
            throw new IllegalArgumentException("Dataset: features must be a matrix [rows, features]; received shape "
                    + Arrays.toString(features.shape()) + ". Reshape to [rows, features].");
        }
        if (labels.rank() == 1) {
            labels = labels.reshape(labels.length(), 1);
        }
        if (labels.rank() != 2) {
            throw new IllegalArgumentException("Dataset: labels must be a matrix [rows, columns] or a vector; received "
                    + "shape " + Arrays.toString(labels.shape()) + ".");
        }
        if (features.size(0) != labels.size(0)) {
            throw new IllegalArgumentException("Dataset: features have " + features.size(0) + " rows but labels have "
                    + labels.size(0) + " (features " + Arrays.toString(features.shape()) + ", labels "
                    + Arrays.toString(labels.shape()) + "). Pass one label row per feature row.");
        }
    }

    /** Two disjoint parts of a dataset, as returned by {@link #split}. */
    public record Split(Dataset train, Dataset test) {
        public Split {
            if (train == null || test == null) {
                throw new IllegalArgumentException("Dataset.Split: train and test must not be null; received train="
                        + train + ", test=" + test + ". Use Dataset.split(fraction, seed).");
            }
        }
    }

    /** The number of examples. */
    public int size() {
        return (int) features.size(0);
    }

    /** Columns of the features. */
    public int featureCount() {
        return (int) features.size(1);
    }

    /** Columns of the labels. */
    public int labelCount() {
        return (int) labels.size(1);
    }

    /** A copy with the rows in a random order drawn from {@code seed}; feature and label rows stay paired. */
    public Dataset shuffle(long seed) {
        if (size() == 0) {
            return this;
        }
        return gather(permutation(size(), seed), 0, size());
    }

    /**
     * Shuffles with {@code seed}, then puts the first {@code round(fraction * size())} rows in {@code train}
     * and the rest in {@code test}. Both parts must get at least one row.
     */
    public Split split(double fraction, long seed) {
        int n = size();
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("Dataset.split: fraction must be in (0, 1), the share of rows for "
                    + "training; received fraction=" + fraction + ". For an 80/20 split pass 0.8.");
        }
        long trainRows = Math.round(fraction * n);
        if (trainRows < 1 || trainRows >= n) {
            throw new IllegalArgumentException("Dataset.split: fraction=" + fraction + " of " + n + " rows leaves "
                    + trainRows + " for training and " + (n - trainRows) + " for testing; both need at least one row. "
                    + "Use more rows or a fraction nearer 0.5.");
        }
        int[] order = permutation(n, seed);
        return new Split(gather(order, 0, (int) trainRows), gather(order, (int) trainRows, n));
    }

    /** Rows {@code [from, to)} as a view sharing this dataset's memory. */
    public Dataset slice(int from, int to) {
        if (from < 0 || to > size() || from >= to) {
            throw new IllegalArgumentException("Dataset.slice: expected 0 <= from < to <= " + size()
                    + " (the number of rows); received from=" + from + ", to=" + to + ".");
        }
        return new Dataset(features.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()),
                labels.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()));
    }

    /**
     * Consecutive mini-batches of {@code batchSize} rows in order, as views; the last batch keeps the remainder
     * (as Keras). The list is computed lazily: {@code get(i)} builds the i-th view.
     */
    public List<Dataset> batches(int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("Dataset.batches: batchSize must be > 0; received batchSize="
                    + batchSize + ". Keras's default is 32.");
        }
        int n = size();
        int count = n == 0 ? 0 : (n + batchSize - 1) / batchSize;
        return new AbstractList<>() {
            @Override
            public Dataset get(int i) {
                if (i < 0 || i >= count) {
                    throw new IndexOutOfBoundsException("batch " + i + " of " + count);
                }
                return slice(i * batchSize, Math.min(n, (i + 1) * batchSize));
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** A new dataset with this dataset's rows followed by {@code other}'s (same columns and data types). */
    public Dataset concat(Dataset other) {
        if (other == null) {
            throw new IllegalArgumentException("Dataset.concat: other must not be null.");
        }
        if (other.featureCount() != featureCount() || other.labelCount() != labelCount()) {
            throw new IllegalArgumentException("Dataset.concat: this dataset has " + featureCount() + " feature and "
                    + labelCount() + " label columns but other has " + other.featureCount() + " and "
                    + other.labelCount() + ". Concatenate datasets with the same columns.");
        }
        if (other.features.dataType() != features.dataType() || other.labels.dataType() != labels.dataType()) {
            throw new IllegalArgumentException("Dataset.concat: data types differ: this has features "
                    + features.dataType() + " and labels " + labels.dataType() + ", other has "
                    + other.features.dataType() + " and " + other.labels.dataType()
                    + ". Cast one of them first, e.g. features.castTo(DataType.FLOAT).");
        }
        return new Dataset(Nd4j.concat(0, features, other.features), Nd4j.concat(0, labels, other.labels));
    }

    private Dataset gather(int[] order, int from, int to) {
        int[] rows = Arrays.copyOfRange(order, from, to);
        return new Dataset(Nd4j.pullRows(features, 1, rows, 'c'), Nd4j.pullRows(labels, 1, rows, 'c'));
    }

    private static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
