package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuFeaturesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFirstFlagsLineOfCpuinfo() throws IOException {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), "processor\t: 0\nmodel name\t: X\n"
                + "flags\t\t: fpu avx2 avx512f avx512bw avx512dq avx512vl\nprocessor\t: 1\nflags\t\t: fpu\n");
        CpuFeatures cpu = CpuFeatures.read(cpuinfo);
        assertEquals(Set.of("fpu", "avx2", "avx512f", "avx512bw", "avx512dq", "avx512vl"), cpu.flags());
        assertTrue(cpu.runsSkylakeXKernels());
    }

    @Test
    void needsAllFourAvx512Subsets() {
        assertFalse(CpuFeatures.parse("avx512f avx512bw avx512dq").runsSkylakeXKernels());
        assertFalse(CpuFeatures.parse("avx2 fma").runsSkylakeXKernels());
    }

    @Test
    void aMissingCpuinfoMeansNoFlags() {
        assertEquals(Set.of(), CpuFeatures.read(dir.resolve("absent")).flags());
    }
}
