package org.neurite.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Dataset;

/**
 * {@code --task csv:PATH --label COLUMN[,COLUMN...]}: a CSV file with a header; the label columns by name or
 * index, every other column an input named by its header. A label column of text (e.g. {@code setosa}) holds
 * class names: they are sorted and mapped to class indices 0, 1, ... in one label column.
 */
final class CsvTask {
    private CsvTask() {
    }

    static Task load(Path path, String label) {
        CsvTable table = CsvTable.read(path, true, "--task");
        List<Integer> labels = new ArrayList<>();
        for (String name : label.split(",")) {
            int c = table.column(name.trim());
            if (c < 0) {
                throw new UsageException("--label: no column '" + name.trim() + "' in " + path + "; its columns are "
                        + String.join(", ", table.header()));
            }
            labels.add(c);
        }
        List<Integer> features = new ArrayList<>();
        List<String> featureNames = new ArrayList<>();
        List<String> labelNames = new ArrayList<>();
        for (int c = 0; c < table.width(); c++) {
            if (!labels.contains(c)) {
                features.add(c);
                featureNames.add(table.header()[c]);
            }
        }
        labels.forEach(c -> labelNames.add(table.header()[c]));
        if (features.isEmpty()) {
            throw new UsageException("--label " + label + " leaves no input column in " + path);
        }
        List<String> classes = classNames(table, labels);
        INDArray x = matrix(table, features, null);
        INDArray y = matrix(table, labels, classes);
        return new Task("csv:" + path, new Dataset(x, y), featureNames, labelNames, classes, false);
    }

    /** The sorted distinct texts of a single label column that holds text, else empty. */
    private static List<String> classNames(CsvTable table, List<Integer> labels) {
        TreeSet<String> names = new TreeSet<>();
        boolean text = false;
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c : labels) {
                String t = table.text(r, c);
                text |= !CsvTable.isNumber(t);
                names.add(t);
            }
        }
        if (!text) {
            return List.of();
        }
        if (labels.size() > 1) {
            throw new UsageException("--label: text class labels need a single label column; received "
                    + labels.size() + " columns");
        }
        return new ArrayList<>(names);
    }

    private static INDArray matrix(CsvTable table, List<Integer> columns, List<String> classes) {
        int rows = table.rows().size();
        float[][] m = new float[rows][columns.size()];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < columns.size(); k++) {
                int c = columns.get(k);
                m[r][k] = classes != null && !classes.isEmpty() ? classes.indexOf(table.text(r, c))
                        : (float) table.number(r, c, "--task");
            }
        }
        return Nd4j.createFromArray(m).castTo(DataType.FLOAT);
    }
}
