package org.neurite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.neurite.datasets.Standardizer;

/**
 * What the CLI knows about a saved model beyond its weights: the columns of the CSV it was trained on (empty
 * for the built-in tasks, whose column names carry no meaning), which of them were labels, the class names behind the label indices, how the task is graded, and the standardizer's
 * statistics (null when inputs were not standardized). Saved as JSON next to the model, in
 * {@code FILE.schema.json}, so the model file stays exactly what {@code Sequential.save} writes and any Neurite
 * (or Keras) loader reads it; {@code predict} and {@code diagnose} read the sidecar when it is there.
 */
record Schema(List<String> columns, List<String> features, List<String> labels, List<String> classes,
              String grading, double[] mean, double[] std) {

    static Schema of(Plan plan) {
        Task t = plan.task();
        List<String> columns = t.name().startsWith("csv:")
                ? CsvTable.read(Path.of(t.name().substring(4)), true, "--task").headerList() : List.of();
        Standardizer s = plan.standardizer();
        return new Schema(columns, t.featureNames(), t.labelNames(), t.classes(), plan.grading().name(),
                s == null ? null : s.mean(), s == null ? null : s.std());
    }

    /** The sidecar file of a model file. */
    static Path fileOf(Path model) {
        return model.resolveSibling(model.getFileName() + ".schema.json");
    }

    /** Writes the sidecar atomically (a temporary file moved into place). */
    void save(Path model) throws IOException {
        Path file = fileOf(model);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".schema", ".tmp");
        try {
            Files.writeString(tmp, Json.mapper().writeValueAsString(this));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The sidecar of {@code model}, or null when there is none (a model saved by the Java API). */
    static Schema load(Path model) {
        Path file = fileOf(model);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.mapper().readValue(file.toFile(), Schema.class);
        } catch (IOException e) {
            throw new UsageException("--model: " + file + " is not a readable schema (" + e.getMessage()
                    .lines().findFirst().orElse("") + "); delete it or re-save the model with 'neurite train --save'");
        }
    }

    Standardizer standardizer() {
        return mean == null ? null : Standardizer.of(mean, std);
    }

    Grading gradingValue() {
        return Grading.valueOf(grading);
    }
}
