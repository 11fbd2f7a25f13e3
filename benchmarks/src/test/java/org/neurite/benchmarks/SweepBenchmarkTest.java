package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepBenchmarkTest {
    @Test
    void bothSweepBenchmarksRunOneShortIteration() throws Exception {
        var results = JmhSmoke.run("SweepBenchmark\\.", "shape", "b4-w8", "b2-w16");
        JmhSmoke.assertRan(results, List.of("SweepBenchmark.neuriteStep:b4-w8", "SweepBenchmark.neuriteStep:b2-w16",
                "SweepBenchmark.gemmFloor:b4-w8", "SweepBenchmark.gemmFloor:b2-w16"));
    }

    @Test
    void parsesBatchAndWidthFromTheShapeName() {
        Workload w = SweepBenchmark.parse("b256-w1024");
        assertEquals(256, w.batch());
        assertEquals(List.of(1024, 1024, 1024, 10), java.util.Arrays.stream(w.widths()).boxed().toList());
    }

    @Test
    void rejectsAShapeThatIsNotBatchThenWidth() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepBenchmark.parse("w8-b4"));
        assertTrue(e.getMessage().contains("'w8-b4'"), e.getMessage());
    }
}
