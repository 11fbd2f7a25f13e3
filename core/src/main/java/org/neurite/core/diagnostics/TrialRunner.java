package org.neurite.core.diagnostics;

import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import org.neurite.core.Change;
import org.neurite.core.Trial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Tries the remedies of a diagnosis's problems (ERROR and WARNING findings, root cause first, at most
 * {@value #MAX_REMEDIES} distinct changes) by retraining the {@link Recipe} with each change from the same seeds,
 * all runs in one thread pool, within the {@link Trials} budget.
 */
final class TrialRunner {
    static final int MAX_REMEDIES = 8;

    private final Recipe recipe;
    private final Trials trials;
    private final Trainer trainer;
    private final LongSupplier nanoClock;

    /** Trains one run of a trial: {@link Recipe#train} outside tests. */
    interface Trainer {
        Recipe.Run train(Recipe recipe, long seed);
    }

    TrialRunner(Recipe recipe, Trials trials) {
        this(recipe, trials, Recipe::train, System::nanoTime);
    }

    /** With the runs trained by {@code trainer} and the time budget read from {@code nanoClock} (tests fake both). */
    TrialRunner(Recipe recipe, Trials trials, Trainer trainer, LongSupplier nanoClock) {
        this.recipe = recipe;
        this.trials = trials;
        this.trainer = trainer;
        this.nanoClock = nanoClock;
    }

    Diagnosis verify(Diagnosis diagnosis) {
        Map<Change, Recipe> changes = new LinkedHashMap<>();
        for (Finding f : diagnosis.problems()) {
            for (Remedy r : f.remedies()) {
                if (changes.size() < MAX_REMEDIES && !changes.containsKey(r.change())) {
                    changes.put(r.change(), recipe.apply(r.change()));
                }
            }
        }
        double work = 0;
        for (Recipe r : changes.values()) {
            work += r == null ? 0 : r.work(trials.seeds());
        }
        String skipped = null;
        if (work > trials.maxWork() && !trials.force()) {
            skipped = String.format(java.util.Locale.ROOT, "untried: trials are opt-in for a model this large "
                    + "(work %.2g > %.2g; force them with Trials.withForce(true) or --verify-fixes)", work,
                    trials.maxWork());
        }
        Map<Change, Object> outcomes = skipped != null ? Map.of() : run(changes);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : diagnosis.findings()) {
            List<Remedy> remedies = new ArrayList<>();
            for (Remedy r : f.remedies()) {
                Object outcome = outcomes.get(r.change());
                if (f.severity() == Severity.INFO) {
                    remedies.add(r);
                } else if (skipped != null) {
                    remedies.add(r.withNote(skipped));
                } else if (outcome instanceof Trial t) {
                    remedies.add(r.withTrial(t));
                } else {
                    remedies.add(r.withNote(outcome instanceof String s ? s : "untried: beyond the first "
                            + MAX_REMEDIES + " remedies"));
                }
            }
            findings.add(f.withRemedies(remedies));
        }
        return new Diagnosis(findings);
    }

    /** A {@link Trial} per change that ran on every seed, else a String saying why not. */
    private Map<Change, Object> run(Map<Change, Recipe> changes) {
        long deadline = nanoClock.getAsLong() + trials.timeLimitMillis() * 1_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(trials.threads());
        Map<Change, List<Future<Recipe.Run>>> futures = new LinkedHashMap<>();
        try {
            for (Map.Entry<Change, Recipe> e : changes.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                List<Future<Recipe.Run>> runs = new ArrayList<>();
                for (int s = 0; s < trials.seeds(); s++) {
                    long seed = recipe.options.seed() + s;
                    Recipe r = e.getValue();
                    runs.add(pool.submit(() -> nanoClock.getAsLong() > deadline ? null : trainer.train(r, seed)));
                }
                futures.put(e.getKey(), runs);
            }
            Map<Change, Object> out = new LinkedHashMap<>();
            for (Map.Entry<Change, Recipe> e : changes.entrySet()) {
                out.put(e.getKey(), e.getValue() == null
                        ? "untried: it does not apply to this model (its layers or its loss)"
                        : collect(futures.get(e.getKey()), e.getValue().options.epochs()));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Diagnostics.verify was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private Object collect(List<Future<Recipe.Run>> runs, int epochs) throws InterruptedException,
            ExecutionException {
        int trained = 0;
        List<Integer> needed = new ArrayList<>();
        for (Future<Recipe.Run> f : runs) {
            Recipe.Run run = f.get();
            if (run == null) {
                return "untried: the " + Finding.format(trials.timeLimitMillis() / 1000.0) + " s trial budget ran out";
            }
            if (run.reached()) {
                trained++;
                needed.add(run.epochs());
            }
        }
        return new Trial(runs.size(), trained, median(needed), epochs);
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        int[] v = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0;
    }
}
