package org.neurite.benchmarks;

import java.util.List;
import java.util.Locale;

/** The suite's results as JSON and as the Markdown tables of benchmarks/README.md, with the targets checked. */
public final class Report {
    private static final String[] WORKLOADS = {"xor-tiny", "mlp-medium", "mlp-large"};
    private final List<Measurement> all;
    private final SuiteMode mode;
    private final double minutes;
    private final String adam;

    public Report(List<Measurement> all, SuiteMode mode, double minutes, String adam) {
        this.all = List.copyOf(all);
        this.mode = mode;
        this.minutes = minutes;
        this.adam = adam;
    }

    /** The timed measurement of {@code method} for {@code param}, or null. */
    Measurement find(String method, String param) {
        return find(method, param, Measurement.SAMPLED);
    }

    private Measurement find(String method, String param, String jmhMode) {
        for (Measurement m : all) {
            if (m.is(method, param, jmhMode)) {
                return m;
            }
        }
        return null;
    }

    private double micros(String method, String param) {
        Measurement m = find(method, param);
        return m == null ? Double.NaN : m.micros();
    }

    /**
     * Heap bytes per call: from the AverageTime run where there is one (Neurite's step), else from the timed run.
     * SampleTime allocates a sample buffer per iteration (tens of KB), which JMH's gc profiler charges to the
     * few calls of an iteration of a millisecond-long step; AverageTime's harness allocates nothing per call.
     */
    private double bytes(String method, String param) {
        Measurement m = find(method, param, Measurement.AVERAGED);
        if (m == null) {
            m = find(method, param);
        }
        return m == null ? Double.NaN : m.bytes();
    }

    public String json() {
        StringBuilder s = new StringBuilder("{\n  \"mode\": \"" + mode.name() + "\",\n");
        s.append(String.format(Locale.ROOT, "  \"minutes\": %.2f,%n  \"adam\": \"%s\",%n  \"results\": [%n", minutes,
                adam));
        for (int i = 0; i < all.size(); i++) {
            Measurement m = all.get(i);
            s.append(String.format(Locale.ROOT, "    {\"benchmark\": \"%s\", \"param\": \"%s\", \"medianMicros\": %s,"
                    + " \"meanMicros\": %s, \"heapBytesPerCall\": %s, \"threads\": \"%s\", \"mode\": \"%s\"}%s%n",
                    m.benchmark(), m.param(), num(m.micros()), num(m.mean()), num(m.bytes()), m.threads(), m.mode(),
                    i + 1 < all.size() ? "," : ""));
        }
        return s.append("  ]\n}\n").toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "null";
    }

    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Mode: %s (%.1f min). Optimizer: %s. µs per call (median of sampled calls); B = heap bytes"
                + " allocated per call (JMH gc.alloc.rate.norm; Neurite B/step from the step's AverageTime run).%n%n", mode.name(), minutes, adam));
        s.append("| workload | threads | Neurite step µs | DL4J step µs | GEMM floor µs | plain Java µs | Neurite / DL4J"
                + " | Neurite / floor | Neurite / plain | Neurite B/step | DL4J B/step | predict 1 row µs | predict B"
                + " | predict into µs | predict into B |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String w : WORKLOADS) {
            double step = micros("neuriteStep", w);
            double dl4j = micros("dl4jStep", w);
            double floor = micros("gemmFloor", w);
            double plain = w.equals("xor-tiny") ? micros("plainJavaXorStep", "") : Double.NaN;
            Measurement m = find("neuriteStep", w);
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    w, m == null ? "" : m.threads(), f(step), f(dl4j), f(floor), f(plain), ratio(step / dl4j),
                    ratio(step / floor), ratio(step / plain), f(bytes("neuriteStep", w)), f(bytes("dl4jStep", w)),
                    f(micros("neuritePredictRow", w)), f(bytes("neuritePredictRow", w)),
                    f(micros("neuritePredictRowInto", w)), f(bytes("neuritePredictRowInto", w))));
        }
        s.append('\n').append(targets()).append('\n').append(layersTable()).append('\n').append(diagnoseTable()).append('\n').append(adamTable())
                .append('\n').append(sweepTable());
        return s.toString();
    }

    private String targets() {
        StringBuilder s = new StringBuilder("| target | measured | met |\n|---|---|---|\n");
        double tiny = micros("neuriteStep", "xor-tiny");
        row(s, "xor-tiny step ≤ 1/100 of DL4J", tiny / micros("dl4jStep", "xor-tiny"), 0.01);
        row(s, "xor-tiny step ≤ 3 × plain Java", tiny / micros("plainJavaXorStep", ""), 3);
        row(s, "mlp-medium step ≤ 1.5 × GEMM floor",
                micros("neuriteStep", "mlp-medium") / micros("gemmFloor", "mlp-medium"), 1.5);
        row(s, "mlp-large step ≤ 1.25 × GEMM floor",
                micros("neuriteStep", "mlp-large") / micros("gemmFloor", "mlp-large"), 1.25);
        for (String w : WORKLOADS) {
            row(s, w + " heap bytes per step ≤ 256", bytes("neuriteStep", w), 256);
        }
        row(s, "predict one xor-tiny row < 5 µs (new output array)", micros("neuritePredictRow", "xor-tiny"), 5);
        row(s, "predict one xor-tiny row < 5 µs (into an output array)", micros("neuritePredictRowInto", "xor-tiny"),
                5);
        row(s, "diagnose 784-128-10 on 1,000 rows, no trials, ≤ 20 ms", micros("diagnose", "") / 1000, 20);
        return s.toString();
    }

    private static void row(StringBuilder s, String target, double value, double limit) {
        String met = Double.isNaN(value) ? "not measured" : value <= limit ? "yes" : "**no**";
        s.append("| ").append(target).append(" | ").append(f(value)).append(" | ").append(met).append(" |\n");
    }

    /** {@link LayersBenchmark}: one Adam trainOnBatch step of mlp-medium, plain and with Dropout + BatchNormalization. */
    private String layersTable() {
        double plain = micros("step", "mlp-medium");
        double layers = micros("step", "mlp-medium-dropout-bn");
        return String.format(Locale.ROOT, "| trainOnBatch step, 1 thread (LayersBenchmark) | µs | vs plain | heap B |%n"
                + "|---|---|---|---|%n"
                + "| mlp-medium | %s | %s | %s |%n"
                + "| mlp-medium with Dropout + BatchNormalization | %s | %s | %s |%n",
                f(plain), ratio(plain / plain), f(bytes("step", "mlp-medium")),
                f(layers), ratio(layers / plain), f(bytes("step", "mlp-medium-dropout-bn")));
    }

    /** {@link DiagnoseBenchmark}: the diagnosis and one predict of the same rows, in ms, and their ratio. */
    private String diagnoseTable() {
        double diagnose = micros("diagnose", "") / 1000;
        double predict = micros("predict", "") / 1000;
        return String.format(Locale.ROOT, "| 784-128-10, %,d rows, 1 thread | ms (median) | × predict |%n"
                + "|---|---|---|%n| diagnose (no trials) | %s | %s |%n| predict (the same rows) | %s | 1.00 |%n",
                DiagnoseBenchmark.ROWS, f(diagnose), ratio(diagnose / predict), f(predict));
    }

    private String adamTable() {
        double ours = micros("neuriteAdam", "");
        double nd4j = micros("nd4jAdamUpdater", "");
        double fused = micros("float32FusedAdam", "");
        double copy = micros("copyBandwidth", "");
        double bandwidth = 2.0 * AdamBenchmark.COPY_BYTES / (copy * 1e-6);
        double floor = AdamBenchmark.BYTES_PER_PARAMETER * 1e6 / bandwidth * 1e6;
        return String.format(Locale.ROOT, "| Adam update, 1M float32 parameters | µs | vs bandwidth floor | heap B |%n"
                + "|---|---|---|---|%n"
                + "| Neurite (%s) | %s | %s | %s |%n"
                + "| the same float32 pass on one thread (benchmarks' FusedAdam) | %s | %s | %s |%n"
                + "| ND4J adam_updater + subtract (reused OpContext) | %s | %s | %s |%n"
                + "| bandwidth floor (%d B/param at %.1f GB/s copy) | %s | 1.00 | |%n",
                adam, f(ours), ratio(ours / floor), f(bytes("neuriteAdam", "")),
                f(fused), ratio(fused / floor), f(bytes("float32FusedAdam", "")),
                f(nd4j), ratio(nd4j / floor), f(bytes("nd4jAdamUpdater", "")),
                AdamBenchmark.BYTES_PER_PARAMETER, bandwidth / 1e9, f(floor));
    }

    private String sweepTable() {
        StringBuilder s = new StringBuilder("| sweep shape (batch, width) | Neurite step µs | GEMM floor µs | ratio |"
                + " Neurite B/step |\n|---|---|---|---|---|\n");
        for (String shape : mode.sweep()) {
            double step = micros("neuriteStep", shape);
            double floor = micros("gemmFloor", shape);
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", shape, f(step), f(floor),
                    ratio(step / floor), f(bytes("neuriteStep", shape))));
        }
        return s.toString();
    }

    static String f(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "–" : v < 0.1 ? String.format(Locale.ROOT, "1/%.0f", 1 / v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
