package org.neurite.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-epoch logs of a {@link Sequential#fit} call, like Keras's {@code history.history}: {@code loss}, each
 * metric by the name Keras logs ({@code "accuracy"} stays {@code accuracy} whichever accuracy it resolves to;
 * per-class results such as {@code F1Score}'s get {@code _0}, {@code _1}, ...), and the same with a {@code val_}
 * prefix when validating.
 */
public final class History {
    private final List<Integer> epochs = new ArrayList<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private org.neurite.core.Diagnosis diagnosis = org.neurite.core.Diagnosis.empty();

    /** Appends one epoch's logs. */
    public void record(int epoch, Map<String, Double> logs) {
        epochs.add(epoch);
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
    }

    /** The epoch numbers recorded. */
    public List<Integer> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /** Every series by name, in the order first logged. */
    public Map<String, List<Double>> history() {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** One series, e.g. {@code "loss"} or {@code "val_accuracy"}. */
    public List<Double> get(String name) {
        List<Double> series = values.get(name);
        if (series == null) {
            throw new IllegalArgumentException("History has no series '" + name + "'; it has " + values.keySet()
                    + ".");
        }
        return List.copyOf(series);
    }

    /** The training loss per epoch. */
    public List<Double> loss() {
        return values.containsKey("loss") ? get("loss") : List.of();
    }

    /** The last value of a series. */
    public double last(String name) {
        List<Double> series = get(name);
        if (series.isEmpty()) {
            throw new IllegalStateException("History series '" + name + "' is empty");
        }
        return series.get(series.size() - 1);
    }

    /** The number of epochs recorded. */
    public int size() {
        return epochs.size();
    }

    /** The findings of the post-fit diagnosis; empty when the goal was reached or diagnosis was off. */
    public org.neurite.core.Diagnosis diagnosis() {
        return diagnosis;
    }

    /** Records the post-fit diagnosis. */
    public void setDiagnosis(org.neurite.core.Diagnosis diagnosis) {
        if (diagnosis == null) {
            throw new IllegalArgumentException("History.setDiagnosis: diagnosis must not be null; pass "
                    + "Diagnosis.empty().");
        }
        this.diagnosis = diagnosis;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
