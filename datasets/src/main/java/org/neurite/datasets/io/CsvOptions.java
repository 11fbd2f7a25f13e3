package org.neurite.datasets.io;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * How {@link CsvLoader} reads a CSV file. Label columns are chosen either by header name or by 0-based index
 * (negative indices count from the end, -1 being the last column), never both; every other column is a feature.
 * Defaults: a header row, comma delimiter, the last column as the only label, FLOAT.
 *
 * @param header whether the first record names the columns
 * @param delimiter the field separator (not a quote, CR or LF)
 * @param labelNames label columns by header name, in the order wanted in the labels; empty when by index
 * @param labelIndices label columns by index, in the order wanted; empty when by name
 * @param dataType FLOAT or DOUBLE
 */
public record CsvOptions(boolean header, char delimiter, List<String> labelNames, List<Integer> labelIndices,
                         DataType dataType) {
    public CsvOptions {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("CsvOptions.delimiter must not be a quote, CR or LF; received "
                    + "delimiter='" + (delimiter == '"' ? "\"" : delimiter == '\n' ? "\\n" : "\\r") + "'.");
        }
        if (labelNames == null || labelIndices == null || labelNames.stream().anyMatch(Objects::isNull)
                || labelIndices.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("CsvOptions: labelNames and labelIndices must be lists without nulls;"
                    + " received labelNames=" + labelNames + ", labelIndices=" + labelIndices + ".");
        }
        labelNames = List.copyOf(labelNames);
        labelIndices = List.copyOf(labelIndices);
        if (!labelNames.isEmpty() && !labelIndices.isEmpty()) {
            throw new IllegalArgumentException("CsvOptions: choose label columns by name or by index, not both; "
                    + "received labelNames=" + labelNames + ", labelIndices=" + labelIndices + ".");
        }
        if (!labelNames.isEmpty() && !header) {
            throw new IllegalArgumentException("CsvOptions: labelNames=" + labelNames + " need a header row but "
                    + "header=false. Choose labels by index, or set header=true.");
        }
        if (new HashSet<>(labelNames).size() != labelNames.size()
                || new HashSet<>(labelIndices).size() != labelIndices.size()) {
            throw new IllegalArgumentException("CsvOptions: a label column is listed twice; received labelNames="
                    + labelNames + ", labelIndices=" + labelIndices + ".");
        }
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("CsvOptions.dataType must be FLOAT or DOUBLE; received dataType="
                    + dataType + ".");
        }
    }

    /** Header, comma, last column as label, FLOAT. */
    public static CsvOptions defaults() {
        return new CsvOptions(true, ',', List.of(), List.of(-1), DataType.FLOAT);
    }

    /** True when no label column is chosen (for {@link CsvLoader#loadFeatures}). */
    public boolean hasNoLabels() {
        return labelNames.isEmpty() && labelIndices.isEmpty();
    }

    public CsvOptions withHeader(boolean header) {
        return new CsvOptions(header, delimiter, labelNames, labelIndices, dataType);
    }

    public CsvOptions withDelimiter(char delimiter) {
        return new CsvOptions(header, delimiter, labelNames, labelIndices, dataType);
    }

    /** Label columns by header name; clears any label indices. */
    public CsvOptions withLabelColumns(String... names) {
        if (names == null || java.util.Arrays.asList(names).contains(null)) {
            throw new IllegalArgumentException("CsvOptions.withLabelColumns: names must be column names without "
                    + "nulls; received " + (names == null ? "null" : java.util.Arrays.toString(names)) + ".");
        }
        return new CsvOptions(header, delimiter, List.of(names), List.of(), dataType);
    }

    /** Label columns by 0-based index (negative from the end); clears any label names. */
    public CsvOptions withLabelColumns(int... indices) {
        if (indices == null) {
            throw new IllegalArgumentException("CsvOptions.withLabelColumns: indices must not be null; pass column "
                    + "indices such as withLabelColumns(-1) for the last column.");
        }
        Integer[] boxed = java.util.stream.IntStream.of(indices).boxed().toArray(Integer[]::new);
        return new CsvOptions(header, delimiter, List.of(), List.of(boxed), dataType);
    }

    /** No label columns: every column is a feature (for prediction inputs). */
    public CsvOptions withoutLabels() {
        return new CsvOptions(header, delimiter, List.of(), List.of(), dataType);
    }

    public CsvOptions withDataType(DataType dataType) {
        return new CsvOptions(header, delimiter, labelNames, labelIndices, dataType);
    }
}
