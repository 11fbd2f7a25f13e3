package org.neurite.benchmarks;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnoseBenchmarkTest {
    @Test
    void bothDiagnoseBenchmarksRunOneShortIteration() throws Exception {
        var results = JmhSmoke.run("DiagnoseBenchmark\\.", null);
        JmhSmoke.assertRan(results, List.of("DiagnoseBenchmark.diagnose", "DiagnoseBenchmark.predict"));
    }
}
