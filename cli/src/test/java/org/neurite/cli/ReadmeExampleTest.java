package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java program shown in the README, exactly as written there. */
class ReadmeExampleTest {
    @Test
    void theReadmeProgramCompilesRunsAndLearnsXor(@TempDir Path dir) throws Exception {
        String printed = ReadmePrograms.run(ReadmePrograms.source(null), dir);
        assertTrue(printed.contains("accuracy=1.0"), printed);
        assertTrue(printed.contains("Total params: 17"), printed);
        List<String> lines = printed.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("no findings")), printed);
    }
}
