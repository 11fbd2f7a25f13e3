package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurite.core.ApiSweep;

/** Every public entry point of the datasets module refuses null arguments clearly ({@link ApiSweep}). */
class NullArgumentSweepTest {
    @Test
    void everyPublicEntryPointRefusesNullArgumentsWithAClearException() throws Exception {
        ApiSweep sweep = new ApiSweep(Map.of(
                SamplingOptions.class, ApiSweep.Instance.value(SamplingOptions::defaults),
                org.neurite.datasets.io.CsvOptions.class,
                ApiSweep.Instance.value(org.neurite.datasets.io.CsvOptions::defaults),
                org.neurite.datasets.io.IdxOptions.class,
                ApiSweep.Instance.value(org.neurite.datasets.io.IdxOptions::defaults)),
                // every reference component is optional: null is the default cache folder, the canonical URLs, no progress
                Set.of("ImageOptions.<init>"), Set.of());
        List<String> failures = sweep.sweep(Path.of("target", "classes"));
        assertEquals(List.of(), failures, String.join("\n", failures));
        assertTrue(sweep.calls() > 10, "only " + sweep.calls() + " calls: did the sweep find the classes?");
    }
}
