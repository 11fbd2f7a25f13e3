package org.neurite.engine.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The x86 feature flags of this machine's CPU, read from the first {@code flags} line of {@code /proc/cpuinfo}
 * (empty where that file does not exist, e.g. off Linux), and whether OpenBLAS's SkylakeX kernels may run.
 */
public record CpuFeatures(Set<String> flags) {
    /** The AVX-512 subsets OpenBLAS's SkylakeX kernels use. */
    public static final List<String> AVX512_FOR_SKYLAKEX = List.of("avx512f", "avx512bw", "avx512dq", "avx512vl");

    public CpuFeatures {
        flags = Set.copyOf(flags);
    }

    /** This machine's flags ({@code /proc/cpuinfo}), or none when they cannot be read. */
    public static CpuFeatures current() {
        return read(Path.of("/proc/cpuinfo"));
    }

    static CpuFeatures read(Path cpuinfo) {
        try {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("flags")) {
                    return parse(line.substring(line.indexOf(':') + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not readable: no flags, so no AVX-512 kernels are chosen.
        }
        return new CpuFeatures(Set.of());
    }

    /** The flags of a space-separated {@code /proc/cpuinfo} flags value. */
    public static CpuFeatures parse(String flags) {
        return new CpuFeatures(new TreeSet<>(Arrays.asList(flags.trim().split("\\s+"))));
    }

    /** Whether every flag OpenBLAS's SkylakeX kernels need is present (AVX-512 F, BW, DQ and VL). */
    public boolean runsSkylakeXKernels() {
        return flags.containsAll(AVX512_FOR_SKYLAKEX);
    }
}
