package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neurite.core.Change;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Remedy;
import org.neurite.core.Severity;
import org.neurite.core.Trial;

class DiagnosisSectionTest {
    /** A NO_BIAS root cause with two evidence values and one remedy of each outcome, then an INFO note. */
    static Diagnosis sample() {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("pinnedRows", 1.0);
        evidence.put("worstRowOutput", 0.4988);
        List<Remedy> remedies = List.of(
                Remedy.untried("bias on in layer 'dense_1'", new Change.Bias(1)).withTrial(new Trial(10, 10, 7, 500)),
                Remedy.untried("bias on in layer 'dense' only", new Change.Bias(0)).withTrial(new Trial(10, 0,
                        Double.NaN, 500)),
                Remedy.untried("learning rate 0.005", new Change.LearningRate(0.1, 0.005))
                        .withNote("untried: the 10 s trial budget ran out"));
        Finding cause = new Finding(FindingCode.NO_BIAS, Severity.ERROR, "dense_1", 1, List.of(), evidence,
                "The output is pinned at f(0) = 0.5 <whatever> the weights.", "Turn the bias on.", remedies);
        Finding note = new Finding(FindingCode.DEAD_UNITS, Severity.INFO, "dense", 0, List.of(3),
                Map.of("deadUnits", 1.0), "1 of 4 ReLU units unused.", "Nothing to do.");
        return new Diagnosis(List.of(cause, note));
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void eachFindingIsACardWithSeverityHeadlineExplanationFixEvidenceTableAndRemediesTable() {
        String html = DiagnosisSection.html(sample(), change -> change instanceof Change.Bias b
                ? "--layers \"1:sigmoid" + (b.layer() == 0 ? ":bias" : "") + ",1:sigmoid\"" : null);
        assertEquals(List.of("NO_BIAS", "DEAD_UNITS"), all(html, "<article class=\"finding [^\"]*\" data-code=\"(\\w+)\""));
        assertTrue(html.contains("<article class=\"finding error primary\" data-code=\"NO_BIAS\">"), html);
        assertTrue(html.contains("<span class=\"severity error\">ERROR</span> <span class=\"cause\">Root cause</span> "
                + "<b>NO_BIAS</b> in layer 'dense_1' (index 1)</div>"), html);
        assertTrue(html.contains("<p class=\"explanation\">The output is pinned at f(0) = 0.5 &lt;whatever&gt; the "
                + "weights.</p>"), html);
        assertTrue(html.contains("<p class=\"fix\"><b>Fix:</b> Turn the bias on.</p>"), html);
        assertTrue(html.contains("<tr><td>pinnedRows</td><td>1</td></tr><tr><td>worstRowOutput</td><td>0.4988</td>"
                + "</tr>"), html);
        assertEquals(List.of("tried", "failed", "untried"), all(html, "<tr data-outcome=\"(\\w+)\">"));
        assertTrue(html.contains("<code>--layers &quot;1:sigmoid,1:sigmoid&quot;</code></td><td><span class=\"outcome "
                + "tried\">tried</span></td><td>trained on 10 of 10 seeds, median 7 epochs</td>"), html);
        assertTrue(html.contains("<span class=\"outcome failed\">failed</span></td><td>did not help: trained on 0 of 10 "
                + "seeds in 500 epochs</td>"), html);
        assertTrue(html.contains("<code>" + Html.escape(new Change.LearningRate(0.1, 0.005).java()) + "</code></td><td>"
                + "<span class=\"outcome untried\">untried</span></td><td>the 10 s trial budget ran out</td>"), html);
        assertTrue(html.contains("<span class=\"severity info\">INFO</span> <b>DEAD_UNITS</b> in layer 'dense' "
                + "(index 0), units [3]</div>"), html);
    }

    @Test
    void anEmptyDiagnosisSaysNothingStandsInTheWay() {
        String html = DiagnosisSection.html(Diagnosis.empty(), change -> null);
        assertTrue(html.contains("diagnosis ok") && html.contains("no findings"), html);
        assertTrue(!html.contains("<article"), html);
    }
}
