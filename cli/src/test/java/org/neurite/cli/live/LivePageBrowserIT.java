package org.neurite.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.cli.Chromium;

/**
 * End to end: the packaged {@code neurite train --live --live-keep} as a process, its page opened in headless
 * Chromium while it trains. Chromium dumps the DOM once the stream's {@code done} event closes it; the page
 * records on its body what it received and drew, which this test reads.
 */
class LivePageBrowserIT {
    private static final Pattern URL = Pattern.compile("Live page: (http://127\\.0\\.0\\.1:\\d+/[0-9a-f]{32}/)");

    @Test
    void theLivePageDrawsTheCurvesAndUpdatesTheBoundariesWhileTrainingRuns(@TempDir Path dir) throws Exception {
        Chromium.require();
        String jar = System.getProperty("neurite.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "neurite.jar not built: " + jar);
        // 16000 samples: training must outlast Chromium's start-up and two throttled boundary renders for the page
        // to see them while it runs (on the shared 2-core machine at load 6-13, 1000 failed 2 of 3 runs at the base
        // commit 607ef2c, 4000 failed 1 of 5, 16000 passed 3 of 3 in 10-12 s).
        Process neurite = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar, "train", "--live", "--live-keep", "--samples", "16000", "--epochs", "300",
                "--layers", "4:tanh,1:sigmoid").directory(dir.toFile())
                .redirectError(dir.resolve("neurite.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(neurite.getInputStream(),
                    StandardCharsets.UTF_8));
            String url = null;
            for (String line = out.readLine(); line != null && url == null; line = out.readLine()) {
                Matcher m = URL.matcher(line);
                url = m.find() ? m.group(1) : null;
            }
            assertTrue(url != null, "no address printed; stderr: " + Files.readString(dir.resolve("neurite.err")));
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            String dom = dump(url, dir);
            assertEquals("done", attribute(dom, "data-status"), "the page saw training end");
            assertEquals("300", attribute(dom, "data-epochs"), "every epoch reached the curves");
            assertTrue(Integer.parseInt(attribute(dom, "data-curve-ink")) > 500, "the loss curve was drawn");
            assertTrue(Integer.parseInt(attribute(dom, "data-boundary-updates")) >= 2,
                    "the boundaries updated while training: " + attribute(dom, "data-boundary-updates"));
            assertEquals(4, count(dom, "<figcaption>unit "), "every hidden unit's boundary is shown");
            assertTrue(dom.contains("(after epoch 300)"), "the last boundaries are the trained model's");
            assertTrue(dom.contains("data:image/png;base64,"), "boundary images arrived");
            assertEquals("0", attribute(dom, "data-findings"), "the findings arrived (none for a learned XOR)");
        } finally {
            neurite.destroy();
            neurite.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String dump(String url, Path dir) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium");
        List<String> command = Chromium.command(profile, "--virtual-time-budget=60000", "--dump-dom", url);
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return dom;
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), name + " missing; DOM starts: " + dom.substring(0, Math.min(400, dom.length())));
        return m.group(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
