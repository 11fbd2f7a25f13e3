package org.neurite.datasets.io;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * How {@link IdxLoader} turns IDX files into a dataset. Defaults: values as stored (scale 1, as Keras's
 * {@code mnist.load_data()}), labels as one column of class indices (for sparse categorical cross-entropy),
 * FLOAT. For MNIST pixels in [0, 1] use {@code withFeatureScale(1 / 255.0)}.
 *
 * @param featureScale every feature value is multiplied by this (finite, > 0)
 * @param oneHotLabels whether labels become one-hot rows instead of a column of class indices
 * @param classes the number of one-hot columns; 0 means the largest label + 1
 * @param dataType FLOAT or DOUBLE
 */
public record IdxOptions(double featureScale, boolean oneHotLabels, int classes, DataType dataType) {
    public IdxOptions {
        if (!(featureScale > 0 && Double.isFinite(featureScale))) {
            throw new IllegalArgumentException("IdxOptions.featureScale must be finite and > 0; received featureScale="
                    + featureScale + ". Use 1/255.0 to map bytes to [0, 1].");
        }
        if (classes < 0) {
            throw new IllegalArgumentException("IdxOptions.classes must be >= 0 (0 infers it from the labels); "
                    + "received classes=" + classes + ".");
        }
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("IdxOptions.dataType must be FLOAT or DOUBLE; received dataType="
                    + dataType + ".");
        }
    }

    /** Scale 1, class-index labels, FLOAT. */
    public static IdxOptions defaults() {
        return new IdxOptions(1, false, 0, DataType.FLOAT);
    }

    public IdxOptions withFeatureScale(double featureScale) {
        return new IdxOptions(featureScale, oneHotLabels, classes, dataType);
    }

    public IdxOptions withOneHotLabels(boolean oneHotLabels) {
        return new IdxOptions(featureScale, oneHotLabels, classes, dataType);
    }

    public IdxOptions withClasses(int classes) {
        return new IdxOptions(featureScale, oneHotLabels, classes, dataType);
    }

    public IdxOptions withDataType(DataType dataType) {
        return new IdxOptions(featureScale, oneHotLabels, classes, dataType);
    }
}
