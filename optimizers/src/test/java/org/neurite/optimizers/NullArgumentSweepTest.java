package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurite.core.ApiSweep;

/** Every public entry point of the optimizers module refuses null arguments clearly ({@link ApiSweep}). */
class NullArgumentSweepTest {
    @Test
    void everyPublicEntryPointRefusesNullArgumentsWithAClearException() throws Exception {
        ApiSweep sweep = new ApiSweep(Map.of(
                Adam.class, ApiSweep.Instance.value(Adam::defaults),
                AdamW.class, ApiSweep.Instance.value(AdamW::defaults),
                Sgd.class, ApiSweep.Instance.value(Sgd::defaults),
                Nadam.class, ApiSweep.Instance.value(Nadam::defaults),
                RmsProp.class, ApiSweep.Instance.value(RmsProp::defaults),
                Adagrad.class, ApiSweep.Instance.value(Adagrad::defaults),
                UpdateOptions.class, ApiSweep.Instance.value(UpdateOptions::defaults),
                org.neurite.optimizers.callbacks.ReduceLROnPlateau.class,
                ApiSweep.Instance.value(org.neurite.optimizers.callbacks.ReduceLROnPlateau::defaults)),
                Set.of("State.<init>"), // each optimizer's state, made by its init from checked parameters
                Set.of());
        List<String> failures = sweep.sweep(Path.of("target", "classes"));
        assertEquals(List.of(), failures, String.join("\n", failures));
        assertTrue(sweep.calls() > 10, "only " + sweep.calls() + " calls: did the sweep find the classes?");
    }
}
