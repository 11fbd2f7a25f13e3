package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.junit.jupiter.api.Test;
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
}
