package org.neurite.core.diagnostics;

import java.util.List;
import java.util.stream.Collectors;
import org.neurite.core.Finding;
import org.neurite.core.Goal;

/**
 * The outcome of a {@link SeedSweep}: one {@link SeedRun} per seed, in the order of the seeds given.
 *
 * @param goal the goal the runs aimed at
 * @param runs one run per seed, in seed-list order
 */
public record SweepResult(Goal goal, List<SeedRun> runs) {
    public SweepResult {
        if (goal == null || runs == null || runs.isEmpty() || runs.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("SweepResult: goal and a non-empty list of runs are required; received "
                    + "goal=" + goal + ", runs=" + runs + ".");
        }
        runs = List.copyOf(runs);
    }

    /** The fraction of seeds that reached the goal. */
    public double successRate() {
        return (double) runs.stream().filter(SeedRun::reached).count() / runs.size();
    }

    /** The median number of epochs the successful seeds needed, or NaN when none succeeded. */
    public double medianEpochs() {
        int[] epochs = runs.stream().filter(SeedRun::reached).mapToInt(SeedRun::epochs).sorted().toArray();
        if (epochs.length == 0) {
            return Double.NaN;
        }
        int mid = epochs.length / 2;
        return epochs.length % 2 == 1 ? epochs[mid] : (epochs[mid - 1] + epochs[mid]) / 2.0;
    }

    /** The runs that missed the goal, with their findings. */
    public List<SeedRun> failures() {
        return runs.stream().filter(r -> !r.reached()).toList();
    }

    /** A report: the success rate, the median epochs and every failing seed with its findings. */
    @Override
    public String toString() {
        String head = String.format(java.util.Locale.ROOT, "Seed sweep (goal %s): %d of %d seeds reached the goal "
                + "(%.0f%%), median %s epochs.", goal, runs.size() - failures().size(), runs.size(),
                100 * successRate(), Finding.format(medianEpochs()));
        return failures().stream().map(r -> "  " + r).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
