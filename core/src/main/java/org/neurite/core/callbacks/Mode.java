package org.neurite.core.callbacks;

/**
 * Whether a monitored quantity improves by falling ({@link #MIN}) or rising ({@link #MAX}). {@link #AUTO}
 * chooses as Keras does: MAX for names containing {@code acc} or {@code auc}, else MIN.
 */
public enum Mode {
    MIN, MAX, AUTO;

    /** MIN or MAX for {@code monitor}. */
    public Mode resolve(String monitor) {
        if (this != AUTO) {
            return this;
        }
        return monitor.contains("acc") || monitor.contains("auc") ? MAX : MIN;
    }
}
