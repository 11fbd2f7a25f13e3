package org.neurite.core.io;

import java.nio.file.Path;

/**
 * A model file could not be saved or loaded: missing, damaged, hostile, written by an incompatible
 * version, or the disk failed. The message names the file, the entry inside it (e.g. {@code config.json},
 * {@code weights.bin}) and the field or step; it is the only exception {@code Sequential.load} throws for a
 * bad file.
 */
public final class ModelFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String entry;

    /** A problem with {@code entry} of {@code file}; {@code entry} is null when the whole file is at fault. */
    public ModelFileException(Path file, String entry, String detail, Throwable cause) {
        super(file + ": " + (entry == null ? "" : entry + ": ") + detail, cause);
        this.file = file;
        this.entry = entry;
    }

    public ModelFileException(Path file, String entry, String detail) {
        this(file, entry, detail, null);
    }

    /** The model file. */
    public Path file() {
        return file;
    }

    /** The zip entry at fault, or null when the whole file is. */
    public String entry() {
        return entry;
    }
}
