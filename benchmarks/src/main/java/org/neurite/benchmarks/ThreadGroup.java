package org.neurite.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thread environment of a group of forks. OpenMP and OpenBLAS read it at start-up only, so each group's
 * forks start through a generated wrapper script that exports it and then runs this JVM's {@code java}.
 *
 * <ul>
 *   <li>{@code OMP_NUM_THREADS} / {@code OPENBLAS_NUM_THREADS}: 1 for tiny and medium shapes (no thread
 *       hand-off costs), 2 for GEMM-bound shapes;</li>
 *   <li>{@code OMP_WAIT_POLICY=passive}: idle OpenMP threads sleep instead of spinning against OpenBLAS's;</li>
 *   <li>{@code OPENBLAS_THREAD_TIMEOUT=4}: OpenBLAS's idle workers sleep soon after a call.</li>
 * </ul>
 *
 * @param name label used in results
 * @param threads OpenMP and BLAS threads
 */
public record ThreadGroup(String name, int threads) {
    public static final ThreadGroup ONE = new ThreadGroup("1 thread", 1);
    public static final ThreadGroup TWO = new ThreadGroup("2 threads", 2);

    public ThreadGroup {
        if (threads < 1) {
            throw new IllegalArgumentException("ThreadGroup.threads must be >= 1; received " + threads + ".");
        }
    }

    /** The environment variables set for the group's forks. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OMP_NUM_THREADS", Integer.toString(threads));
        env.put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
        env.put("OMP_WAIT_POLICY", "passive");
        env.put("OPENBLAS_THREAD_TIMEOUT", "4");
        return env;
    }

    /** Writes the wrapper script into {@code dir} and returns its path, for JMH's {@code jvm} option. */
    public Path writeLauncher(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        environment().forEach((k, v) -> script.append("export ").append(k).append('=').append(v).append('\n'));
        script.append("exec '").append(Path.of(System.getProperty("java.home"), "bin", "java")).append("' \"$@\"\n");
        Path file = dir.resolve("java-" + threads + "-threads.sh");
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
