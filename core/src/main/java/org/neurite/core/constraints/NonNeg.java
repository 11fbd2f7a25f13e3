package org.neurite.core.constraints;

import java.util.Map;

/** Keras's {@code NonNeg()}: w = max(w, 0). */
public record NonNeg() implements Constraint {
    @Override
    public void apply(double[] w, int rows, int cols, double[] scratch) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            w[i] = Math.max(w[i], 0.0);
        }
    }

    @Override
    public String className() {
        return "NonNeg";
    }

    @Override
    public Map<String, Object> config() {
        return Map.of();
    }
}
