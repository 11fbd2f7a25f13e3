package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Sequential;

class LayersBenchmarkTest {
    @Test
    void bothModelsRunOneShortIterationAndAreReadAsTheSuiteReadsThem() throws Exception {
        var results = JmhSmoke.run("LayersBenchmark\\.", null);
        JmhSmoke.assertRan(results, List.of("LayersBenchmark.step:mlp-medium",
                "LayersBenchmark.step:mlp-medium-dropout-bn"));
    }

    @Test
    void theLayeredModelHasMlpMediumsWidthsWithBatchNormalizationReluAndDropoutAfterEachHiddenDense() {
        Sequential s = LayersBenchmark.withDropoutAndBatchNorm(Workload.MLP_MEDIUM, 1);
        assertEquals(List.of("Dense", "BatchNormalization", "Activation", "Dropout", "Dense", "BatchNormalization",
                "Activation", "Dropout", "Dense"), s.layers().stream().map(l -> l.className()).toList());
        assertEquals(10, s.outputUnits());
        assertEquals(64, s.inputWidth());
    }
}
