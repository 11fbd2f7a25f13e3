package org.neurite.core.constraints;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keras's {@code MaxNorm(max_value=2, axis=0)}: each slice w along {@code axis} becomes
 * w · clip(‖w‖, 0, max_value) / (ε + ‖w‖), ε = 1e-7.
 *
 * @param maxValue the largest norm, a finite number {@code > 0}
 * @param axis 0 (each unit's incoming weights), 1 or -1
 */
public record MaxNorm(double maxValue, int axis) implements Constraint {
    public MaxNorm {
        if (!(maxValue > 0) || !Double.isFinite(maxValue)) {
            throw new IllegalArgumentException("MaxNorm.maxValue must be a finite number > 0; received maxValue="
                    + maxValue + ". Keras's default is 2; Hinton et al. (2012) use 3 to 4 with dropout.");
        }
        Constraint.checkAxis("MaxNorm", axis);
    }

    /** Keras's defaults: max_value 2, axis 0. */
    public MaxNorm() {
        this(2, 0);
    }

    /** max_value as given, axis 0. */
    public MaxNorm(double maxValue) {
        this(maxValue, 0);
    }

    @Override
    public void apply(double[] w, int rows, int cols, double[] factors) {
        int n = Constraint.norms(w, rows, cols, axis, factors);
        for (int i = 0; i < n; i++) {
            double norm = factors[i];
            factors[i] = Math.min(norm, maxValue) / (EPSILON + norm);
        }
        Constraint.scale(w, rows, cols, axis, factors);
    }

    @Override
    public String className() {
        return "MaxNorm";
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("max_value", maxValue);
        config.put("axis", axis);
        return config;
    }
}
