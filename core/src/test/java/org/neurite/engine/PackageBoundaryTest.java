package org.neurite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the package lines of core's sources: the engine and the API never import diagnostics, io or
 * callbacks (the API reaches them through {@code ServiceLoader}), those areas form no circle with the API,
 * and the kernels import nothing of Neurite. Reads the source files' code (comments stripped).
 */
class PackageBoundaryTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.neurite(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Set<String> AREAS = Set.of("org.neurite.core.diagnostics", "org.neurite.core.io",
            "org.neurite.core.callbacks");

    @Test
    void engineImportsNoDiagnosticsIoCallbacksOrCli() {
        List<String> bad = new ArrayList<>();
        dependencies().forEach((pkg, uses) -> {
            if (pkg.startsWith("org.neurite.engine")) {
                uses.stream().filter(u -> AREAS.contains(u) || u.startsWith("org.neurite.cli"))
                        .forEach(u -> bad.add(pkg + " -> " + u));
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void apiReachesDiagnosticsIoAndCallbacksOnlyThroughInterfaces() {
        List<String> bad = new ArrayList<>();
        dependencies().forEach((pkg, uses) -> {
            if (!AREAS.contains(pkg)) {
                uses.stream().filter(AREAS::contains).forEach(u -> bad.add(pkg + " -> " + u));
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void areasDoNotImportEachOther() {
        List<String> bad = new ArrayList<>();
        dependencies().forEach((pkg, uses) -> {
            if (AREAS.contains(pkg)) {
                uses.stream().filter(AREAS::contains).forEach(u -> bad.add(pkg + " -> " + u));
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void kernelsImportNothingOfNeurite() {
        Set<String> uses = dependencies().getOrDefault("org.neurite.engine.kernel", Set.of());
        assertEquals(Set.of(), uses);
    }

    @Test
    void scanSeesTheApiAndTheEngine() {
        Map<String, Set<String>> deps = dependencies();
        assertTrue(deps.get("org.neurite.engine").contains("org.neurite.engine.kernel"), deps.toString());
        assertTrue(deps.get("org.neurite.core.diagnostics").contains("org.neurite.core"), deps.toString());
    }

    /** Package to the Neurite packages its code names (imports or fully qualified). */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String code = strip(read(f));
                Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(code);
                if (!pkg.find()) {
                    return;
                }
                Set<String> uses = deps.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(code.substring(pkg.end()));
                while (m.find()) {
                    if (!m.group(1).equals(pkg.group(1))) {
                        uses.add(m.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deps;
    }

    private static String strip(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
