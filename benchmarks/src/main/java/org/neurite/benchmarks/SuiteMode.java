package org.neurite.benchmarks;

import java.util.List;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long the suite measures: iterations and their length, forks, and the sweep's shapes.
 *
 * @param name {@code quick} or {@code full}
 * @param warmups warm-up iterations per fork
 * @param iterations measured iterations per fork
 * @param time length of each iteration for the 1-thread group (xor-tiny, mlp-medium)
 * @param longTime length of each iteration for the 2-thread group (mlp-large, Adam, sweep), whose calls take
 *        milliseconds: long enough for the JIT to compile their loops during warm-up
 * @param forks forked JVMs per benchmark and parameter set
 * @param sweep the sweep's shapes, {@code b<batch>-w<width>}
 */
public record SuiteMode(String name, int warmups, int iterations, TimeValue time, TimeValue longTime, int forks,
                        List<String> sweep) {
    /** About 3 minutes on 2 cores. */
    public static final SuiteMode QUICK = new SuiteMode("quick", 3, 4, TimeValue.milliseconds(300),
            TimeValue.milliseconds(700), 1,
            List.of("b1-w128", "b16-w128", "b1024-w128", "b64-w8", "b64-w128", "b64-w512", "b64-w2048"));
    /** About 15 minutes on 2 cores (measured 13.4–13.8). */
    public static final SuiteMode FULL = new SuiteMode("full", 4, 6, TimeValue.seconds(1), TimeValue.seconds(2), 1,
            List.of("b1-w128", "b4-w128", "b16-w128", "b64-w128", "b256-w128", "b1024-w128",
                    "b64-w8", "b64-w32", "b64-w512", "b64-w1024", "b64-w2048"));

    public SuiteMode {
        if (warmups < 0 || iterations < 1 || forks < 0 || time == null || longTime == null || sweep == null
                || sweep.isEmpty()) {
            throw new IllegalArgumentException("SuiteMode: need warmups >= 0, iterations >= 1, forks >= 0, a time and"
                    + " sweep shapes; received " + warmups + ", " + iterations + ", " + forks + ", " + time + ", "
                    + sweep + ".");
        }
        sweep = List.copyOf(sweep);
    }

    /** {@code --quick} or {@code --full}. */
    public static SuiteMode of(String flag) {
        return switch (flag) {
            case "--quick" -> QUICK;
            case "--full" -> FULL;
            default -> throw new IllegalArgumentException("Unknown mode '" + flag + "'; pass --quick or --full.");
        };
    }
}
