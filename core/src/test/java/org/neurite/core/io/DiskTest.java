package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system disk's durability steps: what it asks of the channels it is given or opens. */
class DiskTest {
    @TempDir
    Path dir;

    /** A channel onto a real one that records the force and close requests it receives. */
    static final class Recording extends FileChannel {
        final List<String> calls = new ArrayList<>();
        private final FileChannel real;

        Recording(FileChannel real) {
            this.real = real;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            calls.add("force(" + metaData + ")");
            real.force(metaData);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            calls.add("close");
            real.close();
        }

        @Override
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileChannel position(long newPosition) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long size() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(ByteBuffer dst, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }
    }

    private Recording onFile() throws IOException {
        return new Recording(FileChannel.open(Files.createFile(dir.resolve("f")), StandardOpenOption.WRITE));
    }

    @Test
    void forcingAFileAsksForItsContentAndMetadata() throws IOException {
        try (Recording channel = onFile()) {
            Disk.SYSTEM.force(channel);
            assertEquals(List.of("force(true)"), channel.calls);
        }
    }

    @Test
    void closingAFileClosesItsChannel() throws IOException {
        Recording channel = onFile();
        Disk.SYSTEM.close(channel);
        assertFalse(channel.isOpen());
        assertEquals(List.of("close"), channel.calls);
    }

    @Test
    void forcingAFolderForcesAChannelOpenOnItAndClosesIt() throws IOException {
        List<Recording> opened = new ArrayList<>();
        Disk disk = new Disk() {
            @Override
            public FileChannel openFolder(Path folder) throws IOException {
                Recording channel = new Recording(Disk.SYSTEM.openFolder(folder));
                opened.add(channel);
                return channel;
            }
        };
        disk.forceFolder(dir);
        assertEquals(1, opened.size());
        assertEquals(List.of("force(true)", "close"), opened.get(0).calls);
    }
}
