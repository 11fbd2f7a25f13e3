package org.neurite.core;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Features {@code [rows, features]} and labels {@code [rows, labelColumns]} with one row per example.
 * A rank-1 label array is read as one column.
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
}
