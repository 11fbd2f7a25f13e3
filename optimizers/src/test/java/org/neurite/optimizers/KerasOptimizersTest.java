package org.neurite.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.core.Optimizers;

class KerasOptimizersTest {
    @Test
    void everyKerasNameResolvesThroughServiceLoaderWithKerasDefaults() {
        assertEquals(Sgd.defaults(), Optimizers.byName("sgd"));
        assertEquals(Adam.defaults(), Optimizers.byName("Adam"));
        assertEquals(AdamW.defaults(), Optimizers.byName("adamw"));
        assertEquals(RmsProp.defaults(), Optimizers.byName("rmsprop"));
        assertEquals(Adagrad.defaults(), Optimizers.byName("adagrad"));
        assertInstanceOf(Nadam.class, Optimizers.byName(" nadam "));
        for (String name : new KerasOptimizers().names()) {
            assertEquals(name, Optimizers.byName(name).name());
        }
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.byName("adamax"));
        assertTrue(e.getMessage().contains("adamax") && e.getMessage().contains("nadam")
                && e.getMessage().contains("rmsprop"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KerasOptimizers().create("adamax"));
    }
}
