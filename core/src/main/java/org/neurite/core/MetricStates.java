package org.neurite.core;

import java.util.List;
import java.util.Map;
import org.neurite.core.metrics.Metrics;

/**
 * One {@link Metric.State} per compiled metric, fed batch by batch and logged at the end of an epoch or
 * evaluation. Only weighted metrics ({@link Metric#weighted}) see the sample weights, as Keras. Public only so
 * that the engine ({@code org.neurite.engine}) can feed it; not part of the API users call.
 */
public final class MetricStates {
    private final List<Metric> metrics;
    private final Metric.State[] states;
    private final boolean[] weighted;

    MetricStates(List<Metric> metrics, int width, int labelWidth) {
        this.metrics = metrics;
        this.states = new Metric.State[metrics.size()];
        this.weighted = new boolean[metrics.size()];
        for (int m = 0; m < states.length; m++) {
            states[m] = metrics.get(m).newState(width, labelWidth);
            weighted[m] = Metrics.isWeighted(metrics.get(m));
        }
    }

    public static MetricStates none() {
        return new MetricStates(List.of(), 1, 1);
    }

    /** Adds a chunk of rows; {@code w} holds their weights, or is null when unweighted. */
    public void update(double[] p, double[] y, double[] w, int rows, int width, int labelWidth) {
        for (int m = 0; m < states.length; m++) {
            states[m].update(p, y, weighted[m] ? w : null, rows, width, labelWidth);
        }
    }

    void reset() {
        for (Metric.State s : states) {
            s.reset();
        }
    }

    /**
     * Puts each metric's result under {@code prefix + name}, or {@code prefix + name_i} when it has several
     * (per class, or per threshold).
     */
    void log(String prefix, Map<String, Double> logs) {
        for (int m = 0; m < states.length; m++) {
            double[] result = states[m].result();
            for (int i = 0; i < result.length; i++) {
                logs.put(logName(prefix + metrics.get(m).name(), i, result.length), result[i]);
            }
        }
    }

    /** The names {@link #log} will use, in order, without prefix. */
    java.util.List<String> logNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int m = 0; m < states.length; m++) {
            int count = states[m].result().length;
            for (int i = 0; i < count; i++) {
                names.add(logName(metrics.get(m).name(), i, count));
            }
        }
        return names;
    }

    private static String logName(String name, int index, int count) {
        return count == 1 ? name : name + "_" + index;
    }
}
