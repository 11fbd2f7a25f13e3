package org.neurite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Dataset;
import org.neurite.datasets.BooleanFunction;
import org.neurite.datasets.BooleanTasks;
import org.neurite.datasets.Sampler;
import org.neurite.datasets.SamplingOptions;
import org.neurite.datasets.TruthTable;

/** Resolves {@code --task}: a boolean task by name (its truth table, or rows sampled from it) or a CSV file. */
final class Tasks {
    private Tasks() {
    }

    static Task load(ModelOptions options) {
        String spec = options.task.trim();
        if (spec.startsWith("csv:")) {
            return csv(Path.of(spec.substring(4)), options.label);
        }
        if (DatasetTasks.handles(spec)) {
            return DatasetTasks.load(spec, options);
        }
        BooleanFunction function;
        try {
            function = BooleanTasks.byName(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--task: " + e.getMessage());
        }
        Dataset data = options.samples == null ? TruthTable.of(function)
                : Sampler.sample(function, SamplingOptions.defaults().withRows(options.samples).withSeed(options.seed));
        return new Task(spec, data, numbered("x", function.inputs()), numbered("y", data.labelCount()), List.of(),
                options.samples == null);
    }

    /** x1, x2, ... (or y1, ...); a single label column is just "y". */
    static List<String> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix.equals("y") && count == 1 ? "y" : prefix + i);
        }
        return names;
    }

    private static Task csv(Path path, String label) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException("--task csv: file not found: " + path);
        }
        if (label == null) {
            throw new UsageException("--task csv:" + path + " needs --label COLUMN (a column name or index)");
        }
        return CsvTask.load(path, label);
    }
}
