package org.neurite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Dataset;
import org.neurite.datasets.io.CsvLoader;
import org.neurite.datasets.io.CsvOptions;

/** {@code --task csv:PATH --label COLUMN}: a CSV file with a header, the label column by name or index. */
final class CsvTask {
    private CsvTask() {
    }

    record Loaded(Dataset data, List<String> featureNames) {
    }

    static Loaded load(Path path, String label) {
        CsvOptions options = CsvOptions.defaults();
        try {
            options = options.withLabelColumns(Integer.parseInt(label.trim()));
        } catch (NumberFormatException e) {
            options = options.withLabelColumns(label.trim());
        }
        try {
            Dataset data = CsvLoader.load(path, options);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= data.featureCount(); i++) {
                names.add("x" + i);
            }
            return new Loaded(data, names);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + ": " + e.getMessage(), e);
        }
    }
}
