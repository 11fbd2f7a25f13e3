package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the programs of the README's layers section, exactly as written there. */
class ReadmeLayersExampleTest {
    private static final String SECTION = "## Layers, penalties and your own layers";

    @Test
    void theLayersProgramTrainsAndCountsNonTrainableWeights(@TempDir Path dir) throws Exception {
        String printed = run(programs().get(0), dir);
        assertTrue(printed.contains("Total params: 261\nTrainable params: 193\nNon-trainable params: 68"), printed);
        Matcher accuracy = Pattern.compile("val_binary_accuracy (\\d\\.\\d+)").matcher(printed);
        assertTrue(accuracy.find(), printed);
        assertTrue(Double.parseDouble(accuracy.group(1)) > 0.85, printed);
    }

    @Test
    void theCustomLayerProgramPassesItsGradientCheck(@TempDir Path dir) throws Exception {
        String printed = run(programs().get(1), dir);
        assertTrue(printed.startsWith("Gradient check passed"), printed);
        assertTrue(printed.contains("scale/gamma"), printed);
    }

    private static List<String> programs() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf(SECTION);
        assertTrue(start >= 0, "README has no section " + SECTION);
        int end = readme.indexOf("\n## ", start + SECTION.length());
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
        List<String> sources = new ArrayList<>();
        while (m.find()) {
            sources.add(m.group(1));
        }
        assertEquals(2, sources.size());
        return sources;
    }

    private static String run(String source, Path dir) throws Exception {
        Matcher cls = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(cls.find());
        Path file = dir.resolve(cls.group(1) + ".java");
        Files.writeString(file, source);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-cp", classPath, "-d", dir.toString(), file.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeLayersExampleTest.class
                .getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass(cls.group(1)).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        return printed;
    }
}
