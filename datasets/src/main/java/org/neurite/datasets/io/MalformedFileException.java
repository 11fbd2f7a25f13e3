package org.neurite.datasets.io;

import java.io.IOException;
import java.nio.file.Path;

/** A data file whose content is not what its format or the loader's options require. */
public final class MalformedFileException extends IOException {
    private final transient Path file;
    private final String place;

    /**
     * @param file the file read
     * @param place where in it, e.g. {@code "3:7"} (line:column) or {@code "byte 16"}
     * @param problem what was found, what was expected and the fix
     */
    public MalformedFileException(Path file, String place, String problem) {
        super(file + ":" + place + ": " + problem);
        this.file = file;
        this.place = place;
    }

    public MalformedFileException(Path file, String place, String problem, Throwable cause) {
        this(file, place, problem);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    public String place() {
        return place;
    }
}
