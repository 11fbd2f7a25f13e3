package org.neurite.core.regularizers;

import java.util.Map;

/**
 * Keras's {@code L2(l2=0.01)}: penalty l2·Σx² (no ½, as Keras).
 *
 * @param l2 the factor, a finite number {@code >= 0}
 */
public record L2(double l2) implements Regularizer {
    public L2 {
        Regularizer.checkFactor("L2", "l2", l2);
    }

    /** Keras's default, l2 = 0.01. */
    public L2() {
        this(0.01);
    }

    @Override
    public double l1() {
        return 0;
    }

    @Override
    public String className() {
        return "L2";
    }

    @Override
    public Map<String, Object> config() {
        return Map.of("l2", l2);
    }
}
