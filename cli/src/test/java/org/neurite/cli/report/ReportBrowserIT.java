package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.core.History;
import org.neurite.core.Sequential;

/**
 * Opens the report in headless Chromium (Debian's package; .ci/run installs it, and the build runs this test
 * whenever /usr/bin/chromium exists) and checks that it loads without console errors and shows every image.
 */
class ReportBrowserIT {
    private static final Pattern IMAGES = Pattern.compile("data-images=\"(\\d+)/(\\d+)\"");

    record Page(int shown, int total, List<String> consoleErrors) {
    }

    @Test
    void theReportLoadsWithoutConsoleErrorsAndShowsEveryImage(@TempDir Path dir) throws Exception {
        History[] history = new History[1];
        Sequential model = ReportWriterTest.trainedXor(history);
        Path html = ReportWriter.write(dir, new ReportWriter.Content("xor", model, ReportWriterTest.X,
                ReportWriterTest.Y, history[0], List.of("PLATEAU: an example finding")));
        Page page = open(html, dir);
        assertTrue(page.consoleErrors().isEmpty(), page.consoleErrors().toString());
        assertEquals(8, page.total(), "loss, metrics, network, output and 4 hidden units");
        assertEquals(page.total(), page.shown());
    }

    @Test
    void theCheckItselfSeesABrokenImageAndAConsoleError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><img src=\"missing.png\"><img src=\"data:image/png;base64,"
                + "AAAA\"><script>console.error('boom')</script></body></html>");
        Page page = open(bad, dir);
        assertEquals(2, page.total());
        assertEquals(0, page.shown());
        assertTrue(page.consoleErrors().stream().anyMatch(l -> l.contains("boom")), page.consoleErrors().toString());
    }

    /** Loads a copy of the page with a probe that counts decoded images, and collects console errors. */
    static Page open(Path html, Path dir) throws Exception {
        String probe = "<script>window.addEventListener('load',function(){var n=0,t=document.images.length;"
                + "for(var i=0;i<t;i++){var m=document.images[i];if(m.complete&&m.naturalWidth>0)n++;}"
                + "document.body.setAttribute('data-images',n+'/'+t);});</script>";
        String source = Files.readString(html, StandardCharsets.UTF_8);
        Path copy = dir.resolve("probe-" + html.getFileName());
        Files.writeString(copy, source.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(dir, "chromium");
        List<String> command = List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
                "--dump-dom", copy.toUri().toString());
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("chromium.err"))) {
            if (line.contains("CONSOLE") && (line.contains("ERROR") || line.contains("error") || line.contains("boom"))) {
                errors.add(line);
            }
        }
        Matcher m = IMAGES.matcher(dom);
        assertTrue(m.find(), "the probe did not run; DOM was: " + dom.substring(0, Math.min(500, dom.length())));
        return new Page(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), errors);
    }
}
