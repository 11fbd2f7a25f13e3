package org.neurite.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepBenchmarkTest {
    @Test
    void everyStepAndPredictBenchmarkRunsOneShortIterationOnEveryWorkload() throws Exception {
        var results = JmhSmoke.run("StepBenchmark\\.", "workload", "xor-tiny", "mlp-medium", "mlp-large");
        List<String> expected = new ArrayList<>();
        for (String method : List.of("neuriteStep", "neuritePredictRow", "neuritePredictRowInto", "dl4jStep",
                "gemmFloor")) {
            for (String w : List.of("xor-tiny", "mlp-medium", "mlp-large")) {
                expected.add("StepBenchmark." + method + ":" + w);
            }
        }
        for (String w : List.of("xor-tiny", "mlp-medium", "mlp-large")) {
            expected.add("StepBenchmark.neuriteStep:" + w + "/" + Measurement.AVERAGED);
        }
        expected.add("StepBenchmark.plainJavaXorStep");
        JmhSmoke.assertRan(results, expected);
    }
}
