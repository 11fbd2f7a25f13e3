package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Sequential;

class AtomicWriterTest {
    @TempDir
    Path dir;

    /** A disk whose step {@code failAt} throws on its {@code nth} call. */
    static final class FaultyDisk implements Disk {
        private final String failAt;
        private final int nth;
        private int calls;

        FaultyDisk(String failAt, int nth) {
            this.failAt = failAt;
            this.nth = nth;
        }

        private void maybeFail(String step) throws IOException {
            if (step.equals(failAt) && ++calls == nth) {
                throw new IOException("injected failure in " + step);
            }
        }

        @Override
        public Path createTemp(Path folder, String prefix) throws IOException {
            maybeFail("createTemp");
            return Disk.super.createTemp(folder, prefix);
        }

        @Override
        public FileChannel openForWrite(Path file) throws IOException {
            maybeFail("openForWrite");
            return Disk.super.openForWrite(file);
        }

        @Override
        public int write(FileChannel channel, ByteBuffer bytes) throws IOException {
            maybeFail("write");
            return Disk.super.write(channel, bytes);
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            maybeFail("force");
            Disk.super.force(channel);
        }

        @Override
        public void close(FileChannel channel) throws IOException {
            Disk.super.close(channel);
            maybeFail("close");
        }

        @Override
        public void move(Path source, Path target) throws IOException {
            maybeFail("move");
            Disk.super.move(source, target);
        }

        @Override
        public void forceFolder(Path folder) throws IOException {
            maybeFail("forceFolder");
            Disk.super.forceFolder(folder);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"createTemp:1", "openForWrite:1", "write:1", "write:3", "force:1", "close:1", "move:1"})
    void failureAtAnyStepLeavesThePreviousFileIntactAndNoTemporaryFile(String fault) throws IOException {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        Path file = dir.resolve("model.zip");
        model.save(file);
        byte[] before = Files.readAllBytes(file);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(2));
        String[] parts = fault.split(":");
        FaultyDisk disk = new FaultyDisk(parts[0], Integer.parseInt(parts[1]));

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.save(model, file, disk));

        assertTrue(e.getMessage().contains("injected failure in " + parts[0])
                && e.getMessage().contains("previous file") && e.getMessage().contains(file.toString()),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file was removed");
        }
        assertEquals(0, Sequential.load(file).step());
    }

    @Test
    void failureToForceTheFolderAfterTheRenameStillLeavesTheNewCompleteFile() {
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        Path file = dir.resolve("model.zip");
        model.save(file);
        model.fit(Fixtures.x(DataType.FLOAT), Fixtures.y(DataType.FLOAT), Fixtures.options(2));
        ModelFile.save(model, file, new FaultyDisk("forceFolder", 1));
        assertEquals(model.step(), Sequential.load(file).step());
    }

    @Test
    void missingFolderIsReportedBeforeAnythingIsWritten() {
        Path file = dir.resolve("no/such/folder/model.zip");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> Fixtures.model(DataType.FLOAT).save(file));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    /** A disk that records each step it is asked for (consecutive writes as one). */
    static final class RecordingDisk implements Disk {
        final java.util.List<String> steps = new java.util.ArrayList<>();

        private void record(String step) {
            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step) || !step.equals("write")) {
                steps.add(step);
            }
        }

        @Override
        public Path createTemp(Path folder, String prefix) throws IOException {
            record("createTemp");
            return Disk.super.createTemp(folder, prefix);
        }

        @Override
        public FileChannel openForWrite(Path file) throws IOException {
            record("openForWrite");
            return Disk.super.openForWrite(file);
        }

        @Override
        public int write(FileChannel channel, ByteBuffer bytes) throws IOException {
            record("write");
            return Disk.super.write(channel, bytes);
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            record("force");
            Disk.super.force(channel);
        }

        @Override
        public void close(FileChannel channel) throws IOException {
            record("close");
            Disk.super.close(channel);
        }

        @Override
        public void move(Path source, Path target) throws IOException {
            record("move");
            Disk.super.move(source, target);
        }

        @Override
        public void forceFolder(Path folder) throws IOException {
            record("forceFolder");
            Disk.super.forceFolder(folder);
        }
    }

    @Test
    void aSaveWritesForcesAndClosesTheTemporaryFileThenRenamesItAndForcesTheFolder() {
        RecordingDisk disk = new RecordingDisk();
        Path file = dir.resolve("model.zip");
        ModelFile.save(Fixtures.compiled(DataType.FLOAT), file, disk);
        assertEquals(java.util.List.of("createTemp", "openForWrite", "write", "force", "close", "move", "forceFolder"),
                disk.steps);
        assertEquals(0, Sequential.load(file).step());
    }

    @Test
    void aNewFileIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("model.zip");
        Sequential model = Fixtures.compiled(DataType.FLOAT);
        model.save(file);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        model.save(file);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }

    @Test
    void everyEntryCarriesTheFixedTimeOfZeroSoTheSameModelSavesTheSameBytes() throws IOException {
        java.io.ByteArrayOutputStream reference = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(reference)) {
            java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("x");
            e.setTime(0);
            zip.putNextEntry(e);
        }
        Path ref = Files.write(dir.resolve("ref.zip"), reference.toByteArray());
        long fixed;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ref.toFile())) {
            fixed = zip.getEntry("x").getTime();
        }
        Path file = dir.resolve("model.zip");
        Fixtures.compiled(DataType.FLOAT).save(file);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry e = entries.nextElement();
                assertEquals(fixed, e.getTime(), e.getName());
            }
        }
    }
}
