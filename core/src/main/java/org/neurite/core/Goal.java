package org.neurite.core;

import java.util.List;
import org.neurite.core.History;

/**
 * What "learned" means for one training run: a logged series (as {@link History} names it, e.g.
 * {@code "loss"} or {@code "binary_accuracy"}) reaching a target, at most the target when
 * {@code minimize}, else at least.
 *
 * @param series the History series, e.g. {@code "loss"}, {@code "binary_accuracy"}, {@code "val_loss"}
 * @param target the value to reach
 * @param minimize whether lower is better
 */
public record Goal(String series, double target, boolean minimize) {
    public Goal {
        if (series == null || series.isBlank()) {
            throw new IllegalArgumentException("Goal.series must name a History series such as \"loss\" or "
                    + "\"binary_accuracy\"; received series=" + series + ".");
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("Goal.target must be finite; received target=" + target + ".");
        }
    }

    /** The training loss at most {@code target}. */
    public static Goal loss(double target) {
        return new Goal("loss", target, true);
    }

    /** A metric (e.g. {@code "binary_accuracy"}) at least {@code target}. */
    public static Goal metric(String name, double target) {
        return new Goal(name, target, false);
    }

    /** Whether {@code value} meets the target. */
    public boolean isMet(double value) {
        return minimize ? value <= target : value >= target;
    }

    /** The index of the first epoch of {@code history} that meets the target, or -1 (also when not logged). */
    public int firstReached(History history) {
        if (!history.history().containsKey(series)) {
            return -1;
        }
        List<Double> values = history.get(series);
        for (int i = 0; i < values.size(); i++) {
            if (isMet(values.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the last epoch of {@code history} meets the target. */
    public boolean isReached(History history) {
        return history.size() > 0 && history.history().containsKey(series) && isMet(history.last(series));
    }

    @Override
    public String toString() {
        return series + (minimize ? " <= " : " >= ") + target;
    }
}
