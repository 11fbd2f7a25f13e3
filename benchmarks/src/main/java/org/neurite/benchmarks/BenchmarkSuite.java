package org.neurite.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite and writes {@code results.json}, {@code results.md} and {@code scaling.png}:
 * {@code java -cp ... org.neurite.benchmarks.BenchmarkSuite --quick|--full [outputDir]} (see benchmarks/run.sh).
 * Two JMH runs, one per {@link ThreadGroup}: xor-tiny, mlp-medium, {@link LayersBenchmark} (mlp-medium with
 * Dropout + BatchNormalization) and the diagnosis ({@link DiagnoseBenchmark}) on 1 thread; mlp-large, Adam and the
 * sweep on 2. Every fork gets the gc profiler and the JVM flags in {@link #JVM_ARGS}.
 */
public final class BenchmarkSuite {
    /** JavaCPP otherwise reads /proc/self/statm on every pointer allocation (shared/notes/nd4j-hotpath.md). */
    static final String[] JVM_ARGS = {"-Xms1g", "-Xmx3g", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
        "-Dorg.bytedeco.javacpp.maxBytes=0"};

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("Usage: BenchmarkSuite --quick|--full [outputDir]; received "
                    + String.join(" ", args));
        }
        SuiteMode mode = SuiteMode.of(args[0]);
        Path out = Path.of(args.length == 2 ? args[1] : "benchmarks/results");
        Files.createDirectories(out);
        long start = System.nanoTime();
        List<Measurement> all = new ArrayList<>();
        all.addAll(run(mode, ThreadGroup.ONE, mode.time(), out, options -> options
                .include("StepBenchmark\\.").include("LayersBenchmark\\.").include("DiagnoseBenchmark\\.")
                .param("workload", "xor-tiny", "mlp-medium")));
        all.addAll(run(mode, ThreadGroup.TWO, mode.longTime(), out, options -> options
                .include("StepBenchmark\\.").include("AdamBenchmark\\.").include("SweepBenchmark\\.")
                .exclude("plainJavaXorStep").param("workload", "mlp-large")
                .param("shape", mode.sweep().toArray(String[]::new))));
        double minutes = (System.nanoTime() - start) / 60e9;
        Report report = new Report(all, mode, minutes, Adams.source());
        Files.writeString(out.resolve("results.json"), report.json());
        Files.writeString(out.resolve("results.md"), report.markdown());
        ScalingChart.write(all, mode, out.resolve("scaling.png"));
        System.out.println(report.markdown());
        System.out.printf("Suite finished in %.1f min; results in %s%n", minutes, out.toAbsolutePath());
    }

    private interface Selection {
        ChainedOptionsBuilder apply(ChainedOptionsBuilder options);
    }

    private static List<Measurement> run(SuiteMode mode, ThreadGroup group, TimeValue time, Path out,
                                         Selection selection) throws Exception {
        Path launcher = group.writeLauncher(Path.of(System.getProperty("java.io.tmpdir"), "neurite-benchmarks"));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .warmupIterations(mode.warmups()).warmupTime(time)
                .measurementIterations(mode.iterations()).measurementTime(time)
                .forks(mode.forks()).jvm(launcher.toString()).jvmArgsAppend(JVM_ARGS)
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh-" + group.threads() + "-threads.json").toString());
        Collection<RunResult> results = new Runner(selection.apply(options).build()).run();
        List<Measurement> measurements = new ArrayList<>();
        for (RunResult r : results) {
            measurements.add(Measurement.of(r, group.name()));
        }
        return measurements;
    }
}
