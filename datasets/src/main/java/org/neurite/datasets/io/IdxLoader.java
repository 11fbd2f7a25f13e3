package org.neurite.datasets.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Dataset;

/**
 * Loads IDX files (the MNIST format, plain or gzip) into a {@link Dataset}: each item of the feature file is
 * flattened into one row ({@code [count, d1 * d2 * ...]}, e.g. 28 x 28 images become 784 columns).
 */
public final class IdxLoader {
    private IdxLoader() {
    }

    /** Images (features) and labels; the two files must hold the same number of items. */
    public static Dataset load(Path features, Path labels, IdxOptions options) throws IOException {
        if (features == null || labels == null || options == null) {
            throw new IllegalArgumentException("IdxLoader.load: features, labels and options must not be null; "
                    + "received features=" + features + ", labels=" + labels + ", options=" + options + ".");
        }
        try (IdxReader x = IdxReader.open(features); IdxReader y = IdxReader.open(labels)) {
            if (x.count() != y.count()) {
                throw new MalformedFileException(labels, "byte 4", "holds " + y.count() + " labels but " + features
                        + " holds " + x.count() + " items (dimensions " + Arrays.toString(y.dims()) + " vs "
                        + Arrays.toString(x.dims()) + "). Pass the label file that belongs to these features.");
            }
            requireItems(x, features);
            INDArray labelValues = y.readMatrix(DataType.DOUBLE, 1);
            INDArray labelArray = options.oneHotLabels()
                    ? oneHot(labels, labelValues, options.classes(), options.dataType())
                    : labelValues.castTo(options.dataType());
            return new Dataset(x.readMatrix(options.dataType(), options.featureScale()), labelArray);
        }
    }

    /** One file's values as {@code [count, rowLength]}, each times {@code options.featureScale()}. */
    public static INDArray read(Path file, IdxOptions options) throws IOException {
        if (file == null || options == null) {
            throw new IllegalArgumentException("IdxLoader.read: file and options must not be null; received file="
                    + file + ", options=" + options + ".");
        }
        try (IdxReader reader = IdxReader.open(file)) {
            requireItems(reader, file);
            return reader.readMatrix(options.dataType(), options.featureScale());
        }
    }

    private static void requireItems(IdxReader reader, Path file) throws MalformedFileException {
        if (reader.count() == 0 || reader.rowLength() == 0) {
            throw new MalformedFileException(file, "byte 4", "holds no values (dimensions "
                    + Arrays.toString(reader.dims()) + "); expected at least one item.");
        }
    }

    private static INDArray oneHot(Path file, INDArray values, int classes, DataType type) throws IOException {
        if (values.size(1) != 1) {
            throw new MalformedFileException(file, "byte 0", "one-hot labels need one value per item but each item "
                    + "has " + values.size(1) + ". Load without one-hot labels.");
        }
        int rows = (int) values.size(0);
        int columns = classes;
        for (int r = 0; r < rows; r++) {
            double v = values.getDouble(r, 0);
            if (v < 0 || v != Math.rint(v) || (classes > 0 && v >= classes)) {
                throw new MalformedFileException(file, "item " + r, "label " + v + " is not a class index in [0, "
                        + (classes > 0 ? classes : "classes") + "). Fix the file or set IdxOptions.classes.");
            }
            columns = Math.max(columns, (int) v + 1);
        }
        INDArray out = Nd4j.create(type, rows, columns);
        for (int r = 0; r < rows; r++) {
            out.putScalar(r, (int) values.getDouble(r, 0), 1.0);
        }
        return out;
    }
}
