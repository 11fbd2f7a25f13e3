package org.neurite.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip file atomically: into a temporary file in the target's folder, forced to disk, closed, then
 * renamed over the target (and the folder forced, best effort). If any step fails the temporary file is
 * deleted and the target is untouched.
 */
final class AtomicWriter {
    /** One zip entry; binary entries are stored uncompressed, text entries deflated. */
    record Item(String name, byte[] bytes, boolean stored) {
    }

    private AtomicWriter() {
    }

    static void write(Path target, List<Item> items, Disk disk) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ModelFileException(target, null, "cannot save: the folder " + folder + " does not exist. "
                    + "Create it first.");
        }
        String step = "creating a temporary file in " + folder;
        Path temp = null;
        try {
            temp = disk.createTemp(folder, "." + file.getFileName() + "-");
            step = "opening the temporary file " + temp;
            FileChannel channel = disk.openForWrite(temp);
            try {
                step = "writing the temporary file " + temp;
                writeZip(channel, items, disk);
                step = "forcing the temporary file " + temp + " to disk";
                disk.force(channel);
            } finally {
                disk.close(channel);
            }
            step = "renaming " + temp + " over the target";
            disk.move(temp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, disk);
            throw new ModelFileException(target, null, "saving failed while " + step + " (" + e
                    + "); the previous file, if any, is intact.", e);
        }
        try {
            disk.forceFolder(folder);
        } catch (IOException | RuntimeException e) {
            // The rename is done and the file complete; some file systems cannot force a folder.
        }
    }

    private static void writeZip(FileChannel channel, List<Item> items, Disk disk) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new ChannelOutput(channel, disk));
        for (Item item : items) {
            ZipEntry entry = new ZipEntry(item.name());
            entry.setTime(0);
            if (item.stored()) {
                CRC32 crc = new CRC32();
                crc.update(item.bytes());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(item.bytes().length);
                entry.setCompressedSize(item.bytes().length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(item.bytes());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static void deleteQuietly(Path temp, Disk disk) {
        if (temp == null) {
            return;
        }
        try {
            disk.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            // Nothing more to do: the target is untouched; a stray temporary file is reported by the caller's error.
        }
    }

    /** An output stream onto a channel through the {@link Disk} seam. */
    private static final class ChannelOutput extends OutputStream {
        private final FileChannel channel;
        private final Disk disk;

        ChannelOutput(FileChannel channel, Disk disk) {
            this.channel = channel;
            this.disk = disk;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            while (buffer.hasRemaining()) {
                disk.write(channel, buffer);
            }
        }
    }
}
