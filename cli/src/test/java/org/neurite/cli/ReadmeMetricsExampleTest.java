package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's metrics program as written and compares its output with the README's: the same words,
 * and every number within 5% (or 0.02), since another CPU's BLAS may round differently.
 */
class ReadmeMetricsExampleTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Test
    void theMetricsProgramPrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
        String source = ReadmePrograms.source("MetricsExample");
        String readme = ReadmePrograms.readme();
        int at = readme.indexOf("```console\n", readme.indexOf(source)) + "```console\n".length();
        String shown = readme.substring(at, readme.indexOf("```", at));
        String printed = ReadmePrograms.run(source, dir);
        assertEquals(NUMBER.matcher(shown).replaceAll("#"), NUMBER.matcher(printed).replaceAll("#"), printed);
        List<Double> expected = numbers(shown);
        List<Double> actual = numbers(printed);
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.get(i);
            assertTrue(Math.abs(actual.get(i) - e) <= Math.max(0.02, 0.05 * Math.abs(e)),
                    "number " + i + ": README " + e + ", run " + actual.get(i) + "\n" + printed);
        }
    }

    private static List<Double> numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        List<Double> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }
}
