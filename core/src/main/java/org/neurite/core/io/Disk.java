package org.neurite.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file-system steps of an atomic save, one method each, so that tests can make any of them fail.
 * {@link #SYSTEM} performs them on the real file system.
 */
interface Disk {
    Disk SYSTEM = new Disk() {
    };

    /** Creates an empty temporary file in {@code folder}. */
    default Path createTemp(Path folder, String prefix) throws IOException {
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    default FileChannel openForWrite(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Writes some of {@code bytes}; returns how many. */
    default int write(FileChannel channel, ByteBuffer bytes) throws IOException {
        return channel.write(bytes);
    }

    /** Forces the written bytes and the file's metadata to the storage device (fsync). */
    default void force(FileChannel channel) throws IOException {
        channel.force(true);
    }

    default void close(FileChannel channel) throws IOException {
        channel.close();
    }

    /** Renames {@code source} over {@code target} atomically. */
    default void move(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forces the folder's entries (the rename) to disk; file systems that cannot may throw. */
    default void forceFolder(Path folder) throws IOException {
        try (FileChannel channel = openFolder(folder)) {
            channel.force(true);
        }
    }

    /** Opens {@code folder} for reading, to force its entries. */
    default FileChannel openFolder(Path folder) throws IOException {
        return FileChannel.open(folder, StandardOpenOption.READ);
    }

    default void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
