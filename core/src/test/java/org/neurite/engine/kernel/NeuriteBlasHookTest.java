package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

class NeuriteBlasHookTest {
    @Test
    void nd4jFindsTheHookAmongItsBackendsAndSortsItBelowTheCpuBackend() {
        List<Nd4jBackend> listed = new ArrayList<>();
        ServiceLoader.load(Nd4jBackend.class).forEach(listed::add);
        assertTrue(listed.stream().anyMatch(b -> b instanceof NeuriteBlasHook),
                "META-INF/services lists the hook, so ND4J instantiates it (and runs BlasSetup.ensure) first");
        Nd4jBackend selected = Nd4j.getBackend();
        assertFalse(selected instanceof NeuriteBlasHook);
        // ND4J tries backends by descending priority and stops at the first available one: below the CPU backend,
        // the hook is never tried (and never logged as "Skipped ... (unavailable)").
        assertTrue(new NeuriteBlasHook().getPriority() < selected.getPriority(),
                "hook " + new NeuriteBlasHook().getPriority() + " vs " + selected.getPriority());
    }

    @Test
    void theHookDeclinesToBeSelectedWhenNd4jAsksIt() {
        // Were the CPU backend unavailable, ND4J would ask the hook next: it must decline, so that ND4J reports that
        // no backend is available instead of selecting one that throws on every call.
        assertFalse(new NeuriteBlasHook().isAvailable());
    }

    @Test
    void itsBuildInfoReportsWhatBlasSetupDid() {
        assertEquals("NeuriteBlasHook (not a backend): " + BlasSetup.status(), new NeuriteBlasHook().buildInfo());
    }
}
