package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class BlasSetupTest {
    static final CpuFeatures AVX512 = CpuFeatures.parse("fpu sse2 avx2 avx512f avx512dq avx512bw avx512vl");
    static final CpuFeatures AVX2 = CpuFeatures.parse("fpu sse2 avx2 fma");

    /** libc's getenv: the native environment OpenBLAS reads (Java's System.getenv is a copy taken at start). */
    interface LibC extends Library {
        LibC INSTANCE = Native.loadLibrary("c", LibC.class);

        String getenv(String name);
    }

    @Test
    void choosesSkylakeXOnlyOnAnAvx512CpuWithNothingSetAndOpenBlasNotLoaded() {
        assertTrue(BlasSetup.decide(AVX512, null, null, false).startsWith("set OPENBLAS_CORETYPE=SkylakeX"));
        assertTrue(BlasSetup.decide(AVX2, null, null, false).startsWith("not set: the CPU lacks some of [avx512f"));
        assertTrue(BlasSetup.decide(AVX512, null, null, true).contains("loaded before Neurite; export "
                + "OPENBLAS_CORETYPE=SkylakeX"));
    }

    @Test
    void neverOverridesAnOpenBlasCoreTypeAlreadyInTheEnvironment() {
        assertEquals("kept OPENBLAS_CORETYPE=Haswell from the environment",
                BlasSetup.decide(AVX512, "Haswell", null, false));
        assertEquals("kept OPENBLAS_CORETYPE=Zen from the environment", BlasSetup.decide(AVX512, "Zen", "false", false));
    }

    @Test
    void theSwitchTurnsItOff() {
        for (String off : new String[] {"false", "0", "OFF", " no "}) {
            assertTrue(BlasSetup.decide(AVX512, null, off, false).startsWith("not set: turned off by "
                    + "neurite.openblas.avx512/NEURITE_OPENBLAS_AVX512="), off);
        }
        assertTrue(BlasSetup.decide(AVX512, null, "true", false).startsWith("set "));
    }

    @Test
    void inThisJvmTheChoiceWasMadeBeforeNd4jLoadedOpenBlasAndIsInTheNativeEnvironment() {
        Nd4j.create(2, 2).mmul(Nd4j.create(2, 2));
        String switchValue = System.getProperty(BlasSetup.PROPERTY, System.getenv(BlasSetup.ENV));
        String expected = BlasSetup.decide(CpuFeatures.current(), System.getenv("OPENBLAS_CORETYPE"), switchValue,
                false);
        assertEquals(expected, BlasSetup.status());
        assertTrue(BlasSetup.openBlasLoaded(), "ND4J has mapped libopenblas into this process by now");
        String native_ = LibC.INSTANCE.getenv("OPENBLAS_CORETYPE");
        if (expected.startsWith("set ")) {
            assertEquals("SkylakeX", native_);
        } else {
            assertEquals(System.getenv("OPENBLAS_CORETYPE"), native_);
        }
    }

    /** setUp on a given environment and properties, an AVX-512 CPU unless said, recording the setenv calls. */
    private static final class Run {
        final List<String> setenvCalls = new ArrayList<>();
        int setenvResult;
        CpuFeatures cpu = AVX512;
        boolean loaded;

        String setUp(Map<String, String> environment, Map<String, String> properties) {
            return BlasSetup.setUp(environment::get, properties::get, () -> cpu, () -> loaded, (name, value) -> {
                setenvCalls.add(name + "=" + value);
                return setenvResult;
            });
        }
    }

    @Test
    void setUpCallsSetenvForSkylakeXOnlyWhenTheDecisionIsToSetIt() {
        Run run = new Run();
        assertEquals("set OPENBLAS_CORETYPE=SkylakeX: the CPU has AVX-512 F/BW/DQ/VL", run.setUp(Map.of(), Map.of()));
        assertEquals(List.of("OPENBLAS_CORETYPE=SkylakeX"), run.setenvCalls);

        Run avx2 = new Run();
        avx2.cpu = AVX2;
        assertEquals(BlasSetup.decide(AVX2, null, null, false), avx2.setUp(Map.of(), Map.of()));
        Run loaded = new Run();
        loaded.loaded = true;
        assertEquals(BlasSetup.decide(AVX512, null, null, true), loaded.setUp(Map.of(), Map.of()));
        Run kept = new Run();
        assertEquals("kept OPENBLAS_CORETYPE=Zen from the environment",
                kept.setUp(Map.of("OPENBLAS_CORETYPE", "Zen"), Map.of()));
        for (Run none : List.of(avx2, loaded, kept)) {
            assertEquals(List.of(), none.setenvCalls, "nothing to set, so setenv is not called");
        }
    }

    @Test
    void setUpReportsAFailedSetenvAndAnyErrorInsteadOfThrowing() {
        Run failing = new Run();
        failing.setenvResult = -1;
        assertEquals("setenv failed; OpenBLAS chooses its kernels itself", failing.setUp(Map.of(), Map.of()));
        String broken = BlasSetup.setUp(name -> null, name -> null, () -> {
            throw new IllegalStateException("no cpuinfo");
        }, () -> false, (name, value) -> 0);
        assertEquals("not set (java.lang.IllegalStateException: no cpuinfo); OpenBLAS chooses its kernels itself",
                broken);
        String noLibc = BlasSetup.setUp(name -> null, name -> null, () -> AVX512, () -> false, (name, value) -> {
            throw new UnsatisfiedLinkError("libc");
        });
        assertEquals("not set (java.lang.UnsatisfiedLinkError: libc); OpenBLAS chooses its kernels itself", noLibc);
    }

    @Test
    void theSystemPropertyTurnsItOffOrOnAheadOfTheEnvironmentVariable() {
        Run byEnvironment = new Run();
        assertEquals("not set: turned off by neurite.openblas.avx512/NEURITE_OPENBLAS_AVX512=off",
                byEnvironment.setUp(Map.of("NEURITE_OPENBLAS_AVX512", "off"), Map.of()));
        Run byProperty = new Run();
        assertEquals("not set: turned off by neurite.openblas.avx512/NEURITE_OPENBLAS_AVX512=false",
                byProperty.setUp(Map.of("NEURITE_OPENBLAS_AVX512", "true"), Map.of("neurite.openblas.avx512", "false")));
        Run propertyOn = new Run();
        assertTrue(propertyOn.setUp(Map.of("NEURITE_OPENBLAS_AVX512", "false"), Map.of("neurite.openblas.avx512", "true"))
                .startsWith("set "), "the property's true wins over the variable's false");
        assertEquals(List.of("OPENBLAS_CORETYPE=SkylakeX"), propertyOn.setenvCalls);
        assertNull(BlasSetup.switchValue(name -> null, name -> null));
    }

    @Test
    void openBlasCountsAsLoadedWhenTheMemoryMapListsALibopenblas(@TempDir Path dir) throws IOException {
        Path with = Files.writeString(dir.resolve("with"), "7f1c2a000000-7f1c2a200000 r-xp 00000000 08:01 42 "
                + "/root/.javacpp/cache/openblas/linux-x86_64/libopenblas_nolapack.so.0\n");
        Path without = Files.writeString(dir.resolve("without"), "7f1c2a000000-7f1c2a200000 r-xp 00000000 08:01 42 "
                + "/usr/lib/x86_64-linux-gnu/libc.so.6\n");
        assertTrue(BlasSetup.mapsOpenBlas(with));
        assertFalse(BlasSetup.mapsOpenBlas(without));
        assertFalse(BlasSetup.mapsOpenBlas(dir.resolve("missing")), "an unreadable map (not Linux) counts as not loaded");
    }

    @Test
    void ensureDecidesOnceLaterCallsChangeNothing() {
        String first = BlasSetup.status();
        assertNotNull(first, "ND4J's service hook ran ensure() before any test");
        String before = System.getProperty(BlasSetup.PROPERTY);
        System.setProperty(BlasSetup.PROPERTY, "false");
        try {
            BlasSetup.ensure();
        } finally {
            if (before == null) {
                System.clearProperty(BlasSetup.PROPERTY);
            } else {
                System.setProperty(BlasSetup.PROPERTY, before);
            }
        }
        assertEquals(first, BlasSetup.status(), "a second decision would now read the switch as off");
    }
}
