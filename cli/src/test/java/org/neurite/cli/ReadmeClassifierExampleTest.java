package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's complete classifier program, compiled and run exactly as written there, and its dependency snippet,
 * which must be what the consumer project of the Maven build (src/it/consumer) depends on.
 */
class ReadmeClassifierExampleTest {
    private static final Path README = Path.of("..", "README.md");

    /** The README's {@code lang} code blocks, in order. */
    private static List<String> blocks(String lang) throws Exception {
        Matcher m = Pattern.compile("```" + lang + "\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Compiles the README's program declaring {@code className} into {@code dir}. */
    private static void compile(String className, Path dir) throws Exception {
        String source = blocks("java").stream().filter(b -> b.contains("public class " + className + " "))
                .findFirst().orElseThrow(() -> new AssertionError("README has no class " + className));
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-cp", classPath(), "-d", dir.toString(), file.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Two Gaussian blobs 6 standard deviations apart (Bayes error 0.13%), with a header and a noise column. */
    private static Path blobs(Path dir) throws Exception {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("x1,x2,x3,label\n");
        for (int r = 0; r < 300; r++) {
            int label = r % 2;
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%d%n", 10 + 6 * label + random.nextGaussian(),
                    -3 + random.nextGaussian(), 100 * random.nextGaussian(), label));
        }
        return Files.writeString(dir.resolve("blobs.csv"), csv);
    }

    @Test
    void theClassifierProgramTrainsEvaluatesSavesLoadsAndPredicts(@TempDir Path dir) throws Exception {
        compile("ClassifierExample", dir);
        Path csv = blobs(dir);
        // Its own process, in its own folder, as a user runs it (it saves classifier.zip in the working folder).
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + File.pathSeparator + classPath(), "ClassifierExample", csv.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), printed);
        assertTrue(printed.contains("Total params: 81"), printed);
        Matcher scores = Pattern.compile("epochs; test \\{.*accuracy=([0-9.]+)").matcher(printed);
        assertTrue(scores.find(), printed);
        assertTrue(Double.parseDouble(scores.group(1)) >= 0.95, printed);
        Matcher first = Pattern.compile("first test row: p = ([0-9.]+), label ([01])").matcher(printed);
        assertTrue(first.find(), printed);
        assertEquals(first.group(2).equals("1"), Double.parseDouble(first.group(1)) > 0.5, printed);
        assertTrue(Files.exists(dir.resolve("classifier.zip")));
    }

    @Test
    void theConsumerProjectDependsOnExactlyTheReadmeSnippet() throws Exception {
        String snippet = blocks("xml").stream().filter(b -> b.contains("<artifactId>neurite-core</artifactId>"))
                .findFirst().orElseThrow(() -> new AssertionError("README has no dependency snippet"));
        String pom = Files.readString(Path.of("src", "it", "consumer", "pom.xml"));
        String body = snippet.replace("<dependencies>\n", "").replace("</dependencies>\n", "")
                .replaceAll("<version>[^<]+</version>", "<version>@project.version@</version>")
                .replaceAll("(?m)^", "  ");
        assertTrue(pom.contains(body), "src/it/consumer/pom.xml does not hold the README's snippet:\n" + body);
        Matcher version = Pattern.compile("<artifactId>neurite-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("..", "pom.xml")));
        assertTrue(version.find());
        assertTrue(snippet.contains("<version>" + version.group(1) + "</version>"), snippet);
    }
}
