package org.neurite.core.regularizers;

import java.util.Map;

/**
 * Keras's {@code L1(l1=0.01)}: penalty l1·Σ|x|.
 *
 * @param l1 the factor, a finite number {@code >= 0}
 */
public record L1(double l1) implements Regularizer {
    public L1 {
        Regularizer.checkFactor("L1", "l1", l1);
    }

    /** Keras's default, l1 = 0.01. */
    public L1() {
        this(0.01);
    }

    @Override
    public double l2() {
        return 0;
    }

    @Override
    public String className() {
        return "L1";
    }

    @Override
    public Map<String, Object> config() {
        return Map.of("l1", l1);
    }
}
