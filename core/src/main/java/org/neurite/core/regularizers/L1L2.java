package org.neurite.core.regularizers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keras's {@code L1L2(l1=0.0, l2=0.0)}: penalty l1·Σ|x| + l2·Σx².
 *
 * @param l1 the L1 factor, a finite number {@code >= 0}
 * @param l2 the L2 factor, a finite number {@code >= 0}
 */
public record L1L2(double l1, double l2) implements Regularizer {
    public L1L2 {
        Regularizer.checkFactor("L1L2", "l1", l1);
        Regularizer.checkFactor("L1L2", "l2", l2);
    }

    @Override
    public String className() {
        return "L1L2";
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("l1", l1);
        config.put("l2", l2);
        return config;
    }
}
