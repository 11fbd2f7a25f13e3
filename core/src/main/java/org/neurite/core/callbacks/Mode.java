package org.neurite.core.callbacks;

import java.util.List;

/**
 * Whether a monitored quantity improves by falling ({@link #MIN}) or rising ({@link #MAX}). {@link #AUTO}
 * chooses as Keras 3 does from the built-in metrics' directions: MAX for accuracies, AUC, precision, recall
 * and F1 scores (names containing {@code acc}, {@code auc}, {@code precision}, {@code recall} or
 * {@code f1_score}, with or without {@code val_}), else MIN (losses, mse, mae).
 */
public enum Mode {
    MIN, MAX, AUTO;

    private static final List<String> RISING = List.of("acc", "auc", "precision", "recall", "f1_score");

    /** MIN or MAX for {@code monitor}. */
    public Mode resolve(String monitor) {
        if (this != AUTO) {
            return this;
        }
        for (String part : RISING) {
            if (monitor.contains(part)) {
                return MAX;
            }
        }
        return MIN;
    }
}
