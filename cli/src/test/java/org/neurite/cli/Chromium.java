package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests, found on the PATH (chromium, chromium-browser, google-chrome). When
 * it is missing the test fails on CI (environment CI=true: .ci/run installs it, so a missing browser is a broken
 * CI and must not pass silently) and is skipped, with the reason, on a developer's machine.
 */
public final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private Chromium() {
    }

    /** The browser's path, or a CI failure / local skip. */
    public static Path require() {
        Path found = find(System.getenv().getOrDefault("PATH", ""));
        if (found != null) {
            return found;
        }
        String why = "no Chromium on the PATH (looked for " + NAMES + "); install Debian's chromium package";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + why + ". .ci/run installs it; the browser tests must run on CI.");
        }
        Assumptions.abort(why + " to run this browser test");
        return null;
    }

    /** The first Chromium executable in the folders of a PATH value, or null. */
    static Path find(String path) {
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The command to run headless Chromium with a fresh profile in {@code profile}, then {@code args}. */
    public static List<String> command(Path profile, String... args) {
        List<String> command = new ArrayList<>(List.of(require().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        return command;
    }
}
