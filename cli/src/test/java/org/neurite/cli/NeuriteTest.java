package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NeuriteTest {
    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"train", "sweep", "diagnose", "predict"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: neurite " + command), run.out());
        }
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("train") && top.out().contains("sweep"), top.out());
    }

    @Test
    void anUnknownOptionIsOneLineNamingTheTokenWithExitCode2() {
        CliRun run = CliRun.of("train", "--epoch", "5");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--epoch"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aMalformedLayersSpecIsOneLineNamingTheTokenWithExitCode2() {
        CliRun run = CliRun.of("train", "--layers", "4:tanh,1:sigmod");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'sigmod'"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aMissingFileIsOneLineNamingTheFileWithExitCode2() {
        CliRun run = CliRun.of("train", "--task", "csv:/nonexistent/data.csv", "--label", "y");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("/nonexistent/data.csv"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        CliRun predict = CliRun.of("predict", "--model", "/nonexistent/model.zip");
        assertEquals(2, predict.exitCode());
        assertTrue(predict.err().contains("/nonexistent/model.zip"), predict.err());
    }

    @Test
    void anUnknownTaskListsTheKnownOnes() {
        CliRun run = CliRun.of("train", "--task", "xorr");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("xorr") && run.err().contains("xor"), run.err());
    }

    @Test
    void anUnreadableCsvIsOneLineWithExitCode2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.write(dir.resolve("latin1.csv"),
                new byte[] {'a', ',', 'y', '\n', (byte) 0xE9, ',', '1', '\n'});
        CliRun run = CliRun.of("train", "--task", "csv:" + csv, "--label", "y");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("latin1.csv"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneReadWhileHelpAndUnknownNamesSeeThemAll() {
        assertEquals(java.util.Set.of("train"), Neurite.commandLine(new String[] {"train", "--epochs", "5"})
                .getSubcommands().keySet());
        java.util.Set<String> all = java.util.Set.of("train", "sweep", "diagnose", "predict", "help");
        assertEquals(all, Neurite.commandLine(new String[] {"help", "train"}).getSubcommands().keySet());
        assertEquals(all, Neurite.commandLine(new String[] {"trian"}).getSubcommands().keySet());
        assertEquals(all, Neurite.commandLine(new String[] {}).getSubcommands().keySet());
        CliRun help = CliRun.of("help", "sweep");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: neurite sweep"), help.out());
    }
}
