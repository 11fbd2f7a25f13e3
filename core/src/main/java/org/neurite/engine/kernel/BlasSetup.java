package org.neurite.engine.kernel;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;
import java.util.function.UnaryOperator;

/**
 * Makes the OpenBLAS that ND4J ships (0.3.19, built for many CPUs) use its AVX-512 kernels on CPUs that have
 * them: it detects some AVX-512 CPUs (e.g. AMD Zen 4) as "Haswell" and runs its AVX2 kernels, which on 2 cores
 * gave a 1024³ sgemm at about 180 GFLOP/s instead of 320–335. OpenBLAS reads {@code OPENBLAS_CORETYPE} once,
 * when the library loads, so this sets it in the process environment (libc {@code setenv}, through the JNA that
 * ND4J already depends on) before ND4J initialises: {@link NeuriteBlasHook} runs it while ND4J lists its
 * backends, and {@code Sequential} calls it too.
 *
 * <p>It sets {@code OPENBLAS_CORETYPE=SkylakeX} only when all of these hold: the CPU has AVX-512 F, BW, DQ and
 * VL ({@link CpuFeatures}); the variable is not already set (a user's or the machine's own value always wins);
 * the switch is not off ({@code -Dneurite.openblas.avx512=false}, else {@code NEURITE_OPENBLAS_AVX512=false});
 * and OpenBLAS is not loaded yet. Results stay deterministic for a fixed thread count: the kernel choice is
 * fixed per machine.
 */
public final class BlasSetup {
    /** The switch; "false", "0", "off" or "no" (any case, spaces trimmed) turns the automatic choice off. */
    public static final String PROPERTY = "neurite.openblas.avx512";
    public static final String ENV = "NEURITE_OPENBLAS_AVX512";
    static final String CORETYPE = "OPENBLAS_CORETYPE";
    /** The values that turn the switch off. */
    private static final Set<String> OFF = Set.of("false", "0", "off", "no");
    private static String status;

    private BlasSetup() {
    }

    /**
     * Sets {@code OPENBLAS_CORETYPE} when due (see the class comment); runs once, never throws. {@link #setUp} does
     * the work; this only hands it the process's own CPU, environment, properties, memory map and libc's setenv,
     * the one side effect, which runs once per JVM before ND4J loads OpenBLAS and so cannot be repeated by a test.
     */
    public static synchronized void ensure() {
        if (status == null) {
            status = setUp(System::getenv, System::getProperty, CpuFeatures::current, BlasSetup::openBlasLoaded,
                    (name, value) -> LibC.INSTANCE.setenv(name, value, 0));
        }
    }

    /**
     * What {@link #ensure} does, on the inputs it is handed: decides ({@link #decide}) and, when the decision is to
     * set SkylakeX, calls {@code setenv} (which returns 0 on success); returns the sentence {@link #status} reports.
     * Never throws.
     */
    static String setUp(UnaryOperator<String> environment, UnaryOperator<String> properties,
                        Supplier<CpuFeatures> cpu, BooleanSupplier loaded, ToIntBiFunction<String, String> setenv) {
        try {
            String choice = decide(cpu.get(), environment.apply(CORETYPE), switchValue(properties, environment),
                    loaded.getAsBoolean());
            if (!choice.startsWith("set ")) {
                return choice;
            }
            return setenv.applyAsInt(CORETYPE, "SkylakeX") == 0 ? choice
                    : "setenv failed; OpenBLAS chooses its kernels itself";
        } catch (Throwable e) {
            return "not set (" + e + "); OpenBLAS chooses its kernels itself";
        }
    }

    /** What {@link #ensure} did, as one sentence (for logs and reports); null before it ran. */
    public static synchronized String status() {
        return status;
    }

    /**
     * The decision, as the sentence {@link #status} reports: it starts with "set " when SkylakeX is to be set.
     *
     * @param existing the current {@code OPENBLAS_CORETYPE}, or null
     * @param switchValue the switch's value, or null
     */
    static String decide(CpuFeatures cpu, String existing, String switchValue, boolean loaded) {
        if (existing != null && !existing.isEmpty()) {
            return "kept OPENBLAS_CORETYPE=" + existing + " from the environment";
        }
        if (switchValue != null && OFF.contains(switchValue.trim().toLowerCase(Locale.ROOT))) {
            return "not set: turned off by " + PROPERTY + "/" + ENV + "=" + switchValue;
        }
        if (!cpu.runsSkylakeXKernels()) {
            return "not set: the CPU lacks some of " + CpuFeatures.AVX512_FOR_SKYLAKEX;
        }
        if (loaded) {
            return "not set: OpenBLAS was loaded before Neurite; export OPENBLAS_CORETYPE=SkylakeX before starting Java";
        }
        return "set OPENBLAS_CORETYPE=SkylakeX: the CPU has AVX-512 F/BW/DQ/VL";
    }

    /** The switch: the system property when set, else the environment variable, else null. */
    static String switchValue(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = properties.apply(PROPERTY);
        return value != null ? value : environment.apply(ENV);
    }

    /** Whether a library named libopenblas is mapped into this process already (Linux; false elsewhere). */
    static boolean openBlasLoaded() {
        return mapsOpenBlas(Path.of("/proc/self/maps"));
    }

    /** Whether a memory map in {@code /proc/PID/maps} form lists a libopenblas; false if it cannot be read. */
    static boolean mapsOpenBlas(Path maps) {
        try {
            return Files.readString(maps).contains("libopenblas");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** libc's setenv, through JNA. */
    private interface LibC extends Library {
        LibC INSTANCE = Native.loadLibrary("c", LibC.class);

        int setenv(String name, String value, int overwrite);
    }
}
