package org.neurite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitOptionsTest {
    @Test
    void defaultsAreKerasDefaultsWithSeedZero() {
        FitOptions o = FitOptions.defaults();
        assertEquals(1, o.epochs());
        assertEquals(32, o.batchSize());
        assertTrue(o.shuffle());
        assertEquals(0, o.validationSplit());
        assertEquals(null, o.validationData());
        assertEquals(0, o.seed());
        assertEquals(1, o.verbose());
        assertEquals(0, o.initialEpoch());
        assertEquals(List.of(), o.callbacks());
    }

    @Test
    void withersChangeOnlyTheirField() {
        FitOptions o = FitOptions.defaults().withEpochs(7).withBatchSize(3).withSeed(9).withVerbose(2)
                .withShuffle(false).withValidationSplit(0.25).withInitialEpoch(2);
        assertEquals(new FitOptions(7, 3, false, 0.25, null, 9, 2, 2, List.of()), o);
    }

    @Test
    void copiesTheCallbackList() {
        List<Callback> callbacks = new ArrayList<>();
        FitOptions o = FitOptions.defaults().withCallbacks(callbacks);
        callbacks.add(new Callback() { });
        assertEquals(0, o.callbacks().size());
    }

    @Test
    void rejectsValuesOutsideTheirRangesNamingThem() {
        String[][] cases = {
            {"validationSplit=1.0", "[0, 1)"}, {"verbose=3", "0, 1 or 2"}, {"initialEpoch=-1", ">= 0"},
        };
        List<Runnable> calls = List.of(() -> FitOptions.defaults().withValidationSplit(1.0),
                () -> FitOptions.defaults().withVerbose(3), () -> FitOptions.defaults().withInitialEpoch(-1));
        for (int i = 0; i < cases.length; i++) {
            Exception e = assertThrows(IllegalArgumentException.class, calls.get(i)::run);
            for (String fragment : cases[i]) {
                assertTrue(e.getMessage().contains(fragment), e.getMessage());
            }
        }
        List<Callback> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withCallbacks(withNull));
    }
}
