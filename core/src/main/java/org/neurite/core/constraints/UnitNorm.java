package org.neurite.core.constraints;

import java.util.Map;

/**
 * Keras's {@code UnitNorm(axis=0)}: each slice w along {@code axis} becomes w / (ε + ‖w‖), ε = 1e-7.
 *
 * @param axis 0 (each unit's incoming weights), 1 or -1
 */
public record UnitNorm(int axis) implements Constraint {
    public UnitNorm {
        Constraint.checkAxis("UnitNorm", axis);
    }

    /** Keras's default, axis 0. */
    public UnitNorm() {
        this(0);
    }

    @Override
    public void apply(double[] w, int rows, int cols, double[] factors) {
        int n = Constraint.norms(w, rows, cols, axis, factors);
        for (int i = 0; i < n; i++) {
            factors[i] = 1 / (EPSILON + factors[i]);
        }
        Constraint.scale(w, rows, cols, axis, factors);
    }

    @Override
    public String className() {
        return "UnitNorm";
    }

    @Override
    public Map<String, Object> config() {
        return Map.of("axis", axis);
    }
}
