package org.neurite.benchmarks;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdamBenchmarkTest {
    @Test
    void neuriteAdamNd4jAdamAndTheCopyBenchmarkRunOneShortIteration() throws Exception {
        var results = JmhSmoke.run("AdamBenchmark\\.", null);
        JmhSmoke.assertRan(results, List.of("AdamBenchmark.neuriteAdam", "AdamBenchmark.nd4jAdamUpdater",
                "AdamBenchmark.copyBandwidth"));
    }
}
