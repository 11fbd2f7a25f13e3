package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;

/**
 * One seed's run in a {@link SeedSweep}.
 *
 * @param seed the seed of the weights and the shuffling
 * @param reached whether the goal was met
 * @param epochs epochs trained until the goal was first met, or all epochs trained when it was not
 * @param finalValue the goal's series at the last epoch (NaN when training failed before any epoch ended)
 * @param diagnosis the post-fit findings (only INFO ones when the goal was met)
 */
public record SeedRun(long seed, boolean reached, int epochs, double finalValue, Diagnosis diagnosis) {
    public SeedRun {
        if (diagnosis == null || epochs < 0) {
            throw new IllegalArgumentException("SeedRun: diagnosis must not be null and epochs must be >= 0; received "
                    + "diagnosis=" + diagnosis + ", epochs=" + epochs + ".");
        }
    }

    @Override
    public String toString() {
        return "seed " + seed + (reached ? ": reached the goal after " + epochs + " epochs"
                : ": missed the goal after " + epochs + " epochs (final " + Finding.format(finalValue) + "); "
                        + diagnosis);
    }
}
