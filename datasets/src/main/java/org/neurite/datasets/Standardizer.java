package org.neurite.datasets;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Dataset;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * Per-column standardization {@code (x - mean) / std}, fitted on one set (usually the training features) and
 * applied to others, including inputs passed to predict later. As scikit-learn's StandardScaler: the population
 * standard deviation (divide by n), computed in double with two passes, and a column whose std is 0 is divided
 * by 1 instead. Immutable; {@link #of} rebuilds one from saved statistics.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] std;

    private Standardizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    /** Fits on a dataset's features. */
    public static Standardizer fit(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("Standardizer.fit: data must not be null.");
        }
        return fit(data.features());
    }

    /** Fits on a matrix {@code [rows, columns]} with at least one row of finite values. */
    public static Standardizer fit(INDArray features) {
        NativeMatrix m = readable(features, "Standardizer.fit");
        int rows = m.rows();
        int cols = m.cols();
        double[] mean = new double[cols];
        forEachChunk(m, (chunk, length, firstRow) -> {
            for (int i = 0; i < length; i++) {
                if (!Double.isFinite(chunk[i])) {
                    throw new IllegalArgumentException("Standardizer.fit: features hold " + chunk[i] + " at row "
                            + (firstRow + i / cols) + ", column " + (i % cols) + ". Remove or impute non-finite "
                            + "values first.");
                }
            }
            for (int base = 0; base < length; base += cols) {
                for (int c = 0; c < cols; c++) {
                    mean[c] += chunk[base + c];
                }
            }
        });
        for (int c = 0; c < cols; c++) {
            mean[c] /= rows;
        }
        double[] std = new double[cols];
        forEachChunk(m, (chunk, length, firstRow) -> {
            for (int base = 0; base < length; base += cols) {
                for (int c = 0; c < cols; c++) {
                    double d = chunk[base + c] - mean[c];
                    std[c] += d * d;
                }
            }
        });
        for (int c = 0; c < cols; c++) {
            std[c] = Math.sqrt(std[c] / rows);
            if (std[c] == 0) {
                std[c] = 1;
            }
        }
        return new Standardizer(mean, std);
    }

    /** A standardizer with saved statistics; every std must be finite and > 0. */
    public static Standardizer of(double[] mean, double[] std) {
        if (mean == null || std == null || mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("Standardizer.of: mean and std must be non-empty and equally long; "
                    + "received mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + ".");
        }
        for (int c = 0; c < mean.length; c++) {
            if (!Double.isFinite(mean[c]) || !(std[c] > 0) || !Double.isFinite(std[c])) {
                throw new IllegalArgumentException("Standardizer.of: column " + c + " has mean=" + mean[c] + ", std="
                        + std[c] + "; expected a finite mean and a finite std > 0.");
            }
        }
        return new Standardizer(mean.clone(), std.clone());
    }

    /** The fitted column means (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /** The fitted column standard deviations, zeros replaced by 1 (a copy). */
    public double[] std() {
        return std.clone();
    }

    /** The dataset with standardized features and the same labels. */
    public Dataset apply(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("Standardizer.apply: data must not be null.");
        }
        return new Dataset(apply(data.features()), data.labels());
    }

    /**
     * A new array {@code (x - mean) / std} with x's data type (FLOAT for non-floating types); x is unchanged.
     */
    public INDArray apply(INDArray features) {
        NativeMatrix in = readable(features, "Standardizer.apply");
        if (in.cols() != mean.length) {
            throw new IllegalArgumentException("Standardizer.apply: features have " + in.cols() + " columns but the "
                    + "standardizer was fitted on " + mean.length + " (features "
                    + Arrays.toString(features.shape()) + "). Pass data with the fitted set's columns.");
        }
        DataType type = features.dataType() == DataType.DOUBLE ? DataType.DOUBLE : DataType.FLOAT;
        NativeMatrix out = NativeMatrix.of(Nd4j.create(type, in.rows(), in.cols()));
        int cols = mean.length;
        Scratch scratch = new Scratch(Scratch.chunkLength(cols));
        forEachChunk(in, (chunk, length, firstRow) -> {
            for (int base = 0; base < length; base += cols) {
                for (int c = 0; c < cols; c++) {
                    chunk[base + c] = (chunk[base + c] - mean[c]) / std[c];
                }
            }
            out.store(firstRow * cols, chunk, length, scratch);
        });
        return out.array();
    }

    @Override
    public String toString() {
        return "Standardizer[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }

    /** Receives whole rows of a matrix, starting at row {@code firstRow}, widened to double. */
    private interface ChunkVisitor {
        void visit(double[] chunk, int length, int firstRow);
    }

    private static void forEachChunk(NativeMatrix m, ChunkVisitor visitor) {
        int chunkLength = Scratch.chunkLength(m.cols());
        Scratch scratch = new Scratch(chunkLength);
        int total = m.rows() * m.cols();
        for (int offset = 0; offset < total; offset += chunkLength) {
            int length = Math.min(chunkLength, total - offset);
            m.load(offset, scratch.a, length, scratch);
            visitor.visit(scratch.a, length, offset / m.cols());
        }
    }

    /** A c-ordered FLOAT or DOUBLE view of {@code a}, copying only when its layout or type requires. */
    private static NativeMatrix readable(INDArray a, String who) {
        if (a == null || a.rank() != 2 || a.size(0) == 0 || a.size(1) == 0) {
            throw new IllegalArgumentException(who + ": features must be a non-empty matrix [rows, columns]; "
                    + "received " + (a == null ? "null" : "shape " + Arrays.toString(a.shape())) + ".");
        }
        boolean floating = a.dataType() == DataType.FLOAT || a.dataType() == DataType.DOUBLE;
        boolean direct = floating && a.ordering() == 'c' && a.elementWiseStride() == 1;
        return NativeMatrix.of(direct ? a : a.castTo(floating ? a.dataType() : DataType.DOUBLE).dup('c'));
    }
}
