package org.neurite.datasets.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Which columns of a CSV file are labels (in the order the options list them) and which are features. */
final class CsvColumns {
    private final int[] labelSlot;
    private final int[] featureSlot;
    private final int labels;

    private CsvColumns(int[] labelSlot, int[] featureSlot, int labels) {
        this.labelSlot = labelSlot;
        this.featureSlot = featureSlot;
        this.labels = labels;
    }

    /** Resolves the options' label columns against a file of {@code names.length} columns (names null: no header). */
    static CsvColumns resolve(Path file, CsvOptions options, String[] names) throws MalformedFileException {
        int width = names.length;
        int[] labelSlot = new int[width];
        Arrays.fill(labelSlot, -1);
        List<String> byName = options.labelNames();
        List<Integer> byIndex = options.labelIndices();
        int count = byName.isEmpty() ? byIndex.size() : byName.size();
        for (int k = 0; k < count; k++) {
            int column = byName.isEmpty() ? index(file, byIndex.get(k), width) : column(file, byName.get(k), names);
            if (labelSlot[column] >= 0) {
                throw new MalformedFileException(file, "1:1", "label column " + column + " is chosen twice by "
                        + "labelIndices=" + byIndex + " in a file of " + width + " columns.");
            }
            labelSlot[column] = k;
        }
        if (count >= width) {
            throw new MalformedFileException(file, "1:1", "all " + width + " columns are labels, which leaves no "
                    + "feature column. Choose fewer label columns.");
        }
        int[] featureSlot = new int[width];
        int next = 0;
        for (int c = 0; c < width; c++) {
            featureSlot[c] = labelSlot[c] >= 0 ? -1 : next++;
        }
        return new CsvColumns(labelSlot, featureSlot, count);
    }

    private static int index(Path file, int index, int width) throws MalformedFileException {
        int column = index < 0 ? width + index : index;
        if (column < 0 || column >= width) {
            throw new MalformedFileException(file, "1:1", "label column index " + index + " is outside the file's "
                    + width + " columns (0.." + (width - 1) + ", or -" + width + "..-1 from the end).");
        }
        return column;
    }

    private static int column(Path file, String name, String[] names) throws MalformedFileException {
        int found = -1;
        for (int c = 0; c < names.length; c++) {
            if (names[c].equals(name.trim())) {
                if (found >= 0) {
                    throw new MalformedFileException(file, "1:1", "the header names column \"" + name + "\" twice "
                            + "(columns " + found + " and " + c + "). Choose the label by index instead.");
                }
                found = c;
            }
        }
        if (found < 0) {
            throw new MalformedFileException(file, "1:1", "no column is named \"" + name + "\"; the header has "
                    + Arrays.toString(names) + ". Check the spelling or choose the label by index.");
        }
        return found;
    }

    int featureCount() {
        return featureSlot.length - labels;
    }

    int labelCount() {
        return labels;
    }

    /** The label column this file column fills, or -1 if it is a feature. */
    int labelSlot(int column) {
        return labelSlot[column];
    }

    /** The feature column this file column fills, or -1 if it is a label. */
    int featureSlot(int column) {
        return featureSlot[column];
    }
}
