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
import org.neurite.cli.Chromium;
import org.neurite.core.Diagnosis;
import org.neurite.core.History;
import org.neurite.core.Sequential;

/**
 * Opens reports in headless Chromium (found on the PATH; missing, the test fails on CI and is skipped elsewhere)
 * and checks that they load without console errors, that every image decodes, and, on the pixels the browser
 * decoded, the two pictures that could mislead: a dead unit's tile is white, a 3-class boundary shows 3 colours;
 * and that the diagnosis renders as cards: severity badge, evidence table, each remedy's outcome.
 */
class ReportBrowserIT {
    private static final String PROBE = """
            <script>window.addEventListener('load',function(){
            var n=0,t=document.images.length;
            for(var i=0;i<t;i++){var m=document.images[i];if(m.complete&&m.naturalWidth>0)n++;}
            document.body.setAttribute('data-images',n+'/'+t);
            function pixels(img){var c=document.createElement('canvas');c.width=img.naturalWidth;
              c.height=img.naturalHeight;var g=c.getContext('2d');g.drawImage(img,0,0);
              return g.getImageData(0,0,c.width,c.height).data;}
            var dead=[];document.querySelectorAll('figure.dead img').forEach(function(img){
              var d=pixels(img),w=0;for(var p=0;p<d.length;p+=4){if(d[p]>=250&&d[p+1]>=250&&d[p+2]>=250)w++;}
              dead.push((w/(d.length/4)).toFixed(4));});
            document.body.setAttribute('data-dead',dead.join(','));
            var cards=[];document.querySelectorAll('article.finding').forEach(function(a){
              var sev=a.querySelector('.severity'),ev=a.querySelector('table.evidence'),out=[];
              a.querySelectorAll('table.remedies tbody tr').forEach(function(r){
                var o=r.querySelector('.outcome');out.push(o.textContent+'@'+getComputedStyle(o).backgroundColor);});
              cards.push(a.getAttribute('data-code')+'|'+sev.textContent+'@'+getComputedStyle(sev).backgroundColor
                +'|'+(ev?ev.querySelectorAll('tbody tr').length+'x'+Math.round(ev.getBoundingClientRect().height):'none')
                +'|'+out.join(' '));});
            document.body.setAttribute('data-findings',cards.join(';'));
            var out=document.querySelector('.outputs img');if(out){
              var cs=[[0x1f,0x77,0xb4],[0xff,0x7f,0x0e],[0x2c,0xa0,0x2c]],cnt=[0,0,0],d=pixels(out);
              for(var p=0;p<d.length;p+=4){for(var k=0;k<3;k++){var c=cs[k];
                var t=(765-d[p]-d[p+1]-d[p+2])/(765-c[0]-c[1]-c[2]);if(t<0.2||t>1.05)continue;
                var ok=true;for(var ch=0;ch<3;ch++){if(Math.abs(255+t*(c[ch]-255)-d[p+ch])>6)ok=false;}
                if(ok)cnt[k]++;}}
              document.body.setAttribute('data-classes',cnt.join(','));}
            });</script>""";
    private static final Pattern IMAGES = Pattern.compile("data-images=\"(\\d+)/(\\d+)\"");

    record Page(int shown, int total, List<String> consoleErrors, String dom) {
        String attribute(String name) {
            Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
            assertTrue(m.find(), name + " missing in the DOM");
            return m.group(1);
        }
    }

    @Test
    void theReportLoadsWithoutConsoleErrorsAndShowsEveryImage(@TempDir Path dir) throws Exception {
        History[] history = new History[1];
        Sequential model = ReportWriterTest.trainedXor(history);
        Path html = ReportWriter.write(dir, Content.of("neurite train", model, ReportWriterTest.X, ReportWriterTest.Y,
                history[0], DiagnosisSectionTest.sample()));
        Page page = open(html, dir);
        assertTrue(page.consoleErrors().isEmpty(), page.consoleErrors().toString());
        assertEquals(8, page.total(), "loss, metrics, network, output and 4 hidden units");
        assertEquals(page.total(), page.shown());
    }

    @Test
    void findingsRenderAsCardsWithAColouredSeverityAVisibleEvidenceTableAndEachRemedysOutcome(@TempDir Path dir)
            throws Exception {
        History[] history = new History[1];
        Sequential model = ReportWriterTest.trainedXor(history);
        Path html = ReportWriter.write(dir, Content.of("neurite train", model, ReportWriterTest.X, ReportWriterTest.Y,
                history[0], DiagnosisSectionTest.sample()));
        Page page = open(html, dir);
        String[] cards = page.attribute("data-findings").split(";");
        assertEquals(2, cards.length, page.attribute("data-findings"));
        String[] cause = cards[0].split("\\|");
        assertEquals("NO_BIAS", cause[0]);
        assertEquals("ERROR@rgb(214, 39, 40)", cause[1], "a red ERROR badge");
        assertTrue(cause[2].startsWith("2x") && Integer.parseInt(cause[2].substring(2)) > 20,
                "two evidence rows laid out with a height: " + cause[2]);
        assertEquals("tried@rgb(44, 160, 44) failed@rgb(214, 39, 40) untried@rgb(153, 153, 153)", cause[3]);
        String[] note = cards[1].split("\\|");
        assertEquals("DEAD_UNITS", note[0]);
        assertEquals("INFO@rgb(31, 119, 180)", note[1], "a blue INFO badge");
        assertTrue(page.consoleErrors().isEmpty(), page.consoleErrors().toString());
    }

    @Test
    void aDeadUnitsTileRendersWhiteInTheBrowser(@TempDir Path dir) throws Exception {
        Path html = ReportWriter.write(dir, Content.of("neurite train", BoundariesTest.withDeadUnit(),
                ReportWriterTest.X, ReportWriterTest.Y, new History(), Diagnosis.empty()));
        Page page = open(html, dir);
        String[] shares = page.attribute("data-dead").split(",");
        assertEquals(1, shares.length, "exactly one unit is dead: " + page.attribute("data-dead"));
        assertTrue(Double.parseDouble(shares[0]) >= 0.99, "dead tile white share " + shares[0]);
    }

    @Test
    void aThreeClassBoundaryRendersInThreeClassColours(@TempDir Path dir) throws Exception {
        Path html = ReportWriter.write(dir, BoundariesTest.threeClasses());
        Page page = open(html, dir);
        String[] counts = page.attribute("data-classes").split(",");
        for (int k = 0; k < 3; k++) {
            assertTrue(Integer.parseInt(counts[k]) > 2000, "class " + k + ": " + page.attribute("data-classes"));
        }
        assertTrue(page.dom().contains("north") && page.dom().contains("origin"), "the legend names the classes");
        assertTrue(page.dom().contains("<figcaption>Edges: blue positive")
                && page.dom().contains("output units, top to bottom: north, east, origin</figcaption>"),
                "the network's caption names the output units' classes");
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

    /** Loads a copy of the page with the probe, dumps the DOM after load, and collects console errors. */
    static Page open(Path html, Path dir) throws Exception {
        String source = Files.readString(html, StandardCharsets.UTF_8);
        Path copy = dir.resolve("probe-" + html.getFileName());
        Files.writeString(copy, source.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(dir, "chromium");
        List<String> command = Chromium.command(profile, "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=5000", "--dump-dom", copy.toUri().toString());
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
        return new Page(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), errors, dom);
    }
}
