package org.neurite.benchmarks;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdamBenchmarkTest {
    @Test
    void everyAdamVariantAndTheCopyBenchmarkRunOneShortIteration() throws Exception {
        var results = JmhSmoke.run("AdamBenchmark\\.", null);
        JmhSmoke.assertRan(results, List.of("AdamBenchmark.neuriteAdam", "AdamBenchmark.nd4jAdamUpdater",
                "AdamBenchmark.float32FusedAdam",
                "AdamBenchmark.copyBandwidth"));
    }
}
