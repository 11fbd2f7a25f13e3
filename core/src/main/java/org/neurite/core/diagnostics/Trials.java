package org.neurite.core.diagnostics;

/**
 * The budget for trying remedies by retraining ({@link Diagnostics#verify}). Each remedy retrains the setup with
 * its one change from seeds {@code s, s + 1, ..., s + seeds - 1} (s the fit's seed), all on {@code threads}
 * threads, each run stopping at the first epoch that meets the goal. Runs are deterministic per seed; which
 * remedies get tried before {@code timeLimitMillis} runs out depends on the machine, and the ones not started
 * are marked untried with the reason. The work of one remedy is estimated as seeds × epochs × rows × parameters;
 * when the total exceeds {@code maxWork} nothing is tried unless {@code force} (large models are opt-in).
 *
 * @param seeds seeds per remedy, at least 1
 * @param threads worker threads, at least 1
 * @param timeLimitMillis no new run starts after this many milliseconds, at least 1
 * @param maxWork the largest total work tried without {@code force}
 * @param force try even beyond {@code maxWork} (the time limit still applies)
 */
public record Trials(int seeds, int threads, long timeLimitMillis, double maxWork, boolean force) {
    /** Default seeds per remedy. */
    public static final int SEEDS = 10;
    /** Default time box: 10 seconds. */
    public static final long TIME_LIMIT_MILLIS = 10_000;
    /**
     * Default work cap: 2e9 (seeds × epochs × rows × parameters over all remedies), about 10 seconds on 2 cores;
     * a 2-5-1 net on 4 rows for 500 epochs and 10 seeds is 42,000 per remedy.
     */
    public static final double MAX_WORK = 2e9;

    public Trials {
        if (seeds < 1 || threads < 1 || timeLimitMillis < 1 || !(maxWork > 0)) {
            throw new IllegalArgumentException("Trials: seeds, threads and timeLimitMillis must be >= 1 and maxWork "
                    + "> 0;"
                    + " received seeds=" + seeds + ", threads=" + threads + ", timeLimitMillis=" + timeLimitMillis
                    + ", maxWork=" + maxWork + ".");
        }
    }

    /** 10 seeds per remedy on all processors, 10 seconds at most, small models only. */
    public static Trials defaults() {
        return new Trials(SEEDS, Runtime.getRuntime().availableProcessors(), TIME_LIMIT_MILLIS, MAX_WORK, false);
    }

    public Trials withSeeds(int seeds) {
        return new Trials(seeds, threads, timeLimitMillis, maxWork, force);
    }

    public Trials withThreads(int threads) {
        return new Trials(seeds, threads, timeLimitMillis, maxWork, force);
    }

    public Trials withTimeLimitMillis(long timeLimitMillis) {
        return new Trials(seeds, threads, timeLimitMillis, maxWork, force);
    }

    /** Tries the remedies whatever the model's size (still within the time limit). */
    public Trials withForce(boolean force) {
        return new Trials(seeds, threads, timeLimitMillis, maxWork, force);
    }
}
