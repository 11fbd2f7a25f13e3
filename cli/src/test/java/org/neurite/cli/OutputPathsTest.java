package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad output paths fail in one line with exit code 2 before any training: 100000 epochs never start. */
class OutputPathsTest {
    private static CliRun longRun(String... more) {
        String[] args = new String[4 + more.length];
        System.arraycopy(new String[] {"train", "--epochs", "100000", "--json"}, 0, args, 0, 4);
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    @Test
    void aSaveIntoAMissingFolderIsRefusedBeforeTraining(@TempDir Path dir) {
        Path target = dir.resolve("no-such-folder").resolve("xor.zip");
        CliRun run = longRun("--save", target.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not exist") && run.err().contains("mkdir -p"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals("", run.out(), "nothing was trained or printed");
    }

    @Test
    void aSaveOntoAFolderIsRefused(@TempDir Path dir) {
        CliRun run = longRun("--save", dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is a folder"), run.err());
    }

    @Test
    void aReportOntoAnExistingFileIsRefusedAndTheFileKept(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun run = longRun("--report", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is an existing file") && run.err().contains("--report"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aReportWhoseHtmlIsAFolderIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("r").resolve("report.html"));
        CliRun run = longRun("--report", dir.resolve("r").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot write"), run.err());
    }

    @Test
    void aMissingReportFolderIsCreatedWithItsParents(@TempDir Path dir) {
        Path report = dir.resolve("a").resolve("b");
        CliRun run = CliRun.of("train", "--epochs", "5", "--json", "--report", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(report.resolve("report.html")));
        assertFalse(Files.exists(dir.resolve("xor.zip")));
    }
}
