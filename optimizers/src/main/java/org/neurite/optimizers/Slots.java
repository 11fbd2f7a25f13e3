package org.neurite.optimizers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.engine.kernel.NativeMatrix;

/** Builds the ordered, read-only slot maps the state records return; absent (null) slots are skipped. */
final class Slots {
    private Slots() {
    }

    /** {@code namesAndMatrices} alternates slot name and matrix (or null for an unused slot). */
    static Map<String, INDArray> of(Object... namesAndMatrices) {
        Map<String, INDArray> slots = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMatrices.length; i += 2) {
            NativeMatrix m = (NativeMatrix) namesAndMatrices[i + 1];
            if (m != null) {
                slots.put((String) namesAndMatrices[i], m.array());
            }
        }
        return Collections.unmodifiableMap(slots);
    }
}
