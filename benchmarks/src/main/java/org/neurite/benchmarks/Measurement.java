package org.neurite.benchmarks;

import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's result: the median and mean time per call (µs) from JMH's sampled call times, and heap bytes
 * allocated per call
 * from JMH's gc profiler ({@code gc.alloc.rate.norm}; NaN when the profiler did not report).
 *
 * @param benchmark class and method, e.g. {@code StepBenchmark.neuriteStep}
 * @param param the workload or sweep shape, or "" for none
 * @param micros median µs per call (robust to the other processes of a shared machine)
 * @param mean mean µs per call
 * @param bytes heap bytes allocated per call
 * @param threads the thread group's label
 * @param mode JMH's mode label: {@code sample} for the timed runs, {@code avgt} for the allocation run of
 *        Neurite's step (see {@link StepBenchmark#neuriteStep})
 */
public record Measurement(String benchmark, String param, double micros, double mean, double bytes,
                          String threads, String mode) {
    /** The label of JMH's SampleTime mode, in which the suite times every benchmark. */
    public static final String SAMPLED = "sample";
    /** The label of JMH's AverageTime mode, in which Neurite's step is also run for its allocation. */
    public static final String AVERAGED = "avgt";

    /** A measurement of the timed (SampleTime) runs. */
    public Measurement(String benchmark, String param, double micros, double mean, double bytes, String threads) {
        this(benchmark, param, micros, mean, bytes, threads, SAMPLED);
    }

    /** Reads a JMH run result. */
    public static Measurement of(RunResult run, String threads) {
        String label = run.getParams().getBenchmark();
        String[] parts = label.split("\\.");
        String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
        String param = "";
        for (String key : new String[] {"workload", "shape", "model"}) {
            String value = run.getParams().getParam(key);
            if (value != null) {
                param = value;
            }
        }
        Result<?> primary = run.getPrimaryResult();
        double bytes = Double.NaN;
        for (Map.Entry<String, Result> e : run.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                bytes = e.getValue().getScore();
            }
        }
        return new Measurement(name, param, primary.getStatistics().getPercentile(50), primary.getScore(), bytes,
                threads, run.getParams().getMode().shortLabel());
    }

    /** Whether this is a timed measurement of {@code method} (simple name) of any benchmark class, for {@code param}. */
    public boolean is(String method, String forParam) {
        return is(method, forParam, SAMPLED);
    }

    /** Whether this is {@code method} (simple name) of any benchmark class, for {@code param}, in {@code jmhMode}. */
    public boolean is(String method, String forParam, String jmhMode) {
        return benchmark.endsWith("." + method) && param.equals(forParam) && mode.equals(jmhMode);
    }
}
