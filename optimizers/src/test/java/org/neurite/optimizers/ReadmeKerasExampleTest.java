package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.core.io.KerasFixtures;

/**
 * Runs the README's Keras program (section "Keras files") with Java's source launcher on Keras's
 * {@code all_layers_sgd.keras} and compares what it prints with the lines the README shows under it. It lives
 * here because the program needs the optimizers module (Keras's SGD) and the core test-jar's fixtures.
 */
class ReadmeKerasExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmesKerasProgramPrintsWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher program = Pattern.compile("```java\n(import [^`]*?public class KerasExample .*?)```", Pattern.DOTALL)
                .matcher(readme);
        Matcher shown = Pattern.compile("public class KerasExample .*?\nprints[^\n]*\n\n```\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(program.find() && shown.find(), "README has the KerasExample program and its output");
        String source = program.group(1)
                .replace("Path.of(\"all_layers.keras\")", "Path.of(\"" + KerasFixtures.file(
                        "written-by-keras/all_layers_sgd.keras").toAbsolutePath() + "\")")
                .replace("\"all_layers-more.keras\"", "\"" + dir.resolve("all_layers-more.keras") + "\"");
        Path file = Files.writeString(dir.resolve("KerasExample.java"), source);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // Logback prints its own start-up notes on stdout (two logback-test.xml on this class path); not the program's.
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener", "-cp", classPath,
                file.toString()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), () -> printed + readString(dir.resolve("stderr.txt")));
        assertEquals(trimmed(shown.group(1)), trimmed(printed));
    }

    /** Lines without trailing blanks (ND4J's matrix rows end in one; editors strip it from the README). */
    private static String trimmed(String text) {
        return text.replace("\r", "").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
