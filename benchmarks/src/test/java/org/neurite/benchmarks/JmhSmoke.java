package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs benchmarks in this JVM for one ~100 ms iteration without warm-up: checks they run, not their speed. */
final class JmhSmoke {
    private JmhSmoke() {
    }

    /** Runs the benchmarks matching {@code include} and returns their results. */
    static List<RunResult> run(String include, String paramName, String... paramValues) throws Exception {
        // JMH takes a machine-wide lock (/tmp/jmh.lock); a smoke run must not fail because a real benchmark
        // runs elsewhere on the machine, and its 100 ms timings are never compared.
        System.setProperty("jmh.ignoreLock", "true");
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(0).warmupIterations(0)
                .measurementIterations(1).measurementTime(TimeValue.milliseconds(100)).shouldFailOnError(true);
        if (paramName != null) {
            options.param(paramName, paramValues);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        return new ArrayList<>(results);
    }

    /**
     * Asserts one result per expected label ({@code method} or {@code method:param}, plus {@code /avgt} for a run in
     * AverageTime mode), each with a positive time.
     */
    static void assertRan(List<RunResult> results, List<String> expected) {
        List<String> labels = new ArrayList<>();
        for (RunResult r : results) {
            Measurement m = Measurement.of(r, "test");
            String label = m.param().isEmpty() ? m.benchmark() : m.benchmark() + ":" + m.param();
            labels.add(m.mode().equals(Measurement.SAMPLED) ? label : label + "/" + m.mode());
            assertTrue(m.micros() > 0 && Double.isFinite(m.micros()), () -> m + " has no time");
        }
        assertEquals(expected.stream().sorted().toList(), labels.stream().sorted().toList());
    }
}
