package org.neurite.optimizers.schedules;

import java.util.List;
import org.neurite.core.LearningRateSchedule;

/**
 * Keras's {@code PiecewiseConstantDecay}: {@code values[0]} while k &lt;= boundaries[0], {@code values[i]}
 * while boundaries[i−1] &lt; k &lt;= boundaries[i], and the last value after the last boundary; k = step − 1
 * is Keras's 0-based iteration (so with boundary 100, steps 1..101 use values[0]).
 *
 * @param boundaries strictly increasing iterations, at least one
 * @param values one more than boundaries, each &gt; 0
 */
public record PiecewiseConstantDecay(List<Long> boundaries, List<Double> values) implements LearningRateSchedule {
    public PiecewiseConstantDecay {
        if (boundaries == null || values == null || boundaries.isEmpty() || values.size() != boundaries.size() + 1) {
            throw new IllegalArgumentException("PiecewiseConstantDecay needs at least one boundary and exactly one more"
                    + " value than boundaries; received boundaries=" + boundaries + ", values=" + values + ".");
        }
        boundaries = List.copyOf(boundaries);
        values = List.copyOf(values);
        for (int i = 1; i < boundaries.size(); i++) {
            if (boundaries.get(i) <= boundaries.get(i - 1)) {
                throw new IllegalArgumentException("PiecewiseConstantDecay.boundaries must increase strictly; received "
                        + boundaries + ".");
            }
        }
        for (double v : values) {
            Steps.positive("PiecewiseConstantDecay", "values[i]", v);
        }
    }

    @Override
    public double at(long step) {
        double k = Steps.keras("PiecewiseConstantDecay", step);
        for (int i = 0; i < boundaries.size(); i++) {
            if (k <= boundaries.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
