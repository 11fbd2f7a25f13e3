package org.neurite.core.callbacks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before training, that a callback's output file can be written. */
final class Folders {
    private Folders() {
    }

    /**
     * Throws when the folder {@code path} is to be written in does not exist, is not a folder or is read-only.
     * A folder whose name holds a {@code {placeholder}} is known only at save time and is not checked.
     */
    static void requireWritableParent(String owner, Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || parent.toString().contains("{")) {
            return;
        }
        String problem = !Files.exists(parent) ? "does not exist" : !Files.isDirectory(parent) ? "is not a folder"
                : !Files.isWritable(parent) ? "is not writable" : null;
        if (problem != null) {
            throw new IllegalArgumentException(owner + " writes " + path + ", but the folder " + parent + " "
                    + problem + ". Create the folder first (Files.createDirectories) or choose another path.");
        }
    }
}
