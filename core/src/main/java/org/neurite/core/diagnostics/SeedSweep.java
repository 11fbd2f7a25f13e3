package org.neurite.core.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Callback;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.NonFiniteGradientException;
import org.neurite.core.Sequential;
import org.neurite.core.TrainingContext;
import org.neurite.core.Diagnosis;
import org.neurite.core.Goal;

/**
 * Trains one configuration from many seeds in parallel and reports how often it reaches a {@link Goal}.
 * Each seed gets a fresh compiled model from the factory and fits with {@code options} under that seed
 * (weights, when fit builds the model, and shuffling), silently, stopping at the first epoch that meets the
 * goal; every run carries the post-fit diagnosis (INFO findings only when it reached the goal). Runs share
 * nothing, so the result depends only on the seed list, never on thread scheduling.
 *
 * @param seeds the seeds, at least one, without duplicates
 * @param threads worker threads, at least 1 (default: the available processors)
 */
public record SeedSweep(List<Long> seeds, int threads) {
    public SeedSweep {
        if (seeds == null || seeds.isEmpty() || seeds.stream().anyMatch(java.util.Objects::isNull)
                || new HashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("SeedSweep.seeds must be a non-empty list of distinct seeds; received "
                    + seeds + ". Use SeedSweep.of(0, 50) for seeds 0..49.");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("SeedSweep.threads must be >= 1; received threads=" + threads + ".");
        }
        seeds = List.copyOf(seeds);
    }

    /** Seeds {@code first .. first + count - 1}, on all available processors. */
    public static SeedSweep of(long first, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("SeedSweep.of: count must be >= 1; received count=" + count + ".");
        }
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(first + i);
        }
        return new SeedSweep(seeds, Runtime.getRuntime().availableProcessors());
    }

    public SeedSweep withThreads(int threads) {
        return new SeedSweep(seeds, threads);
    }

    /**
     * Trains {@code factory.apply(seed)} on {@code x, y} for every seed.
     *
     * @param factory builds a fresh compiled model for a seed (it may build it with that seed, or leave that to fit)
     * @param options the fit options; seed, verbosity and goal are set per run
     */
    public SweepResult run(LongFunction<Sequential> factory, INDArray x, INDArray y, FitOptions options, Goal goal) {
        if (factory == null || x == null || y == null || options == null || goal == null) {
            throw new IllegalArgumentException("SeedSweep.run: factory, x, y, options and goal must not be null; "
                    + "received factory=" + factory + ", x=" + x + ", y=" + y + ", options=" + options + ", goal="
                    + goal + ".");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, seeds.size()));
        try {
            List<Future<SeedRun>> futures = new ArrayList<>();
            for (long seed : seeds) {
                futures.add(pool.submit(() -> runOne(factory, seed, x, y, options, goal)));
            }
            List<SeedRun> runs = new ArrayList<>();
            for (Future<SeedRun> f : futures) {
                runs.add(f.get());
            }
            return new SweepResult(goal, runs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("SeedSweep.run was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static SeedRun runOne(LongFunction<Sequential> factory, long seed, INDArray x, INDArray y,
                                  FitOptions options, Goal goal) {
        Sequential model = factory.apply(seed);
        if (model == null || !model.isCompiled()) {
            throw new IllegalArgumentException("SeedSweep: the factory must return a compiled model; received "
                    + (model == null ? "null" : "an uncompiled model") + " for seed " + seed + ".");
        }
        List<Callback> callbacks = new ArrayList<>(options.callbacks());
        callbacks.add(new Recipe.StopAtGoal(goal));
        FitOptions runOptions = options.withSeed(seed).withVerbose(0).withGoal(goal).withDiagnose(true)
                .withCallbacks(callbacks);
        try {
            History history = model.fit(x, y, runOptions);
            int first = goal.firstReached(history);
            double last = history.size() > 0 && history.history().containsKey(goal.series())
                    ? history.last(goal.series()) : Double.NaN;
            return new SeedRun(seed, first >= 0, first >= 0 ? first + 1 : history.size(), last,
                    history.diagnosis());
        } catch (NonFiniteGradientException e) {
            return new SeedRun(seed, false, (int) Math.min(Integer.MAX_VALUE, model.step()), Double.NaN,
                    Diagnostics.diverged(model, e));
        }
    }
}
