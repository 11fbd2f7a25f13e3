package org.neurite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurite.core.Sequential;
import org.neurite.core.io.ModelFileException;

/** Saving and loading models for the commands, with command-line errors for missing or damaged files. */
final class Persistence {
    private Persistence() {
    }

    /** Saves the model and its {@link Schema} sidecar. */
    static void save(Sequential model, Schema schema, Path file) {
        try {
            model.save(file);
            schema.save(file);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--save " + file + ": " + (e.getMessage() == null ? e.toString()
                    : e.getMessage()));
        }
    }

    static Sequential load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--model: file not found: " + file);
        }
        try {
            return Sequential.load(file);
        } catch (ModelFileException e) {
            throw new UsageException("--model: " + e.getMessage());
        }
    }
}
