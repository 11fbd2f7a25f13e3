package org.neurite.core.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LambdaCallbackTest {
    @Test
    void callsEachHookInTrainingOrder() {
        StringBuilder calls = new StringBuilder();
        LambdaCallback callback = LambdaCallback.defaults()
                .withOnTrainBegin(c -> calls.append("T"))
                .withOnEpochBegin((e, c) -> calls.append("E").append(e))
                .withOnBatchBegin((b, c) -> calls.append("b").append(b))
                .withOnBatchEnd((b, loss, c) -> calls.append(Double.isFinite(loss) ? "." : "!"))
                .withOnEpochEnd((e, logs, c) -> calls.append(logs.containsKey("loss") ? "e" : "?"))
                .withOnTrainEnd(c -> calls.append("t"));
        // 6 rows in batches of 3: two batches per epoch.
        Scripted.model().fit(Scripted.x(), Scripted.y(), Scripted.options(2, callback));
        assertEquals("TE0b0.b1.eE1b0.b1.et", calls.toString());
    }

    @Test
    void rejectsNullHooks() {
        assertThrows(IllegalArgumentException.class, () -> LambdaCallback.defaults().withOnEpochEnd(null));
    }
}
