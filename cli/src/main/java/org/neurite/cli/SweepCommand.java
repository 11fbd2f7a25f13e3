package org.neurite.cli;

import java.util.Locale;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.core.layers.Dense;
import org.neurite.core.Goal;
import org.neurite.core.Sequential;
import org.neurite.core.diagnostics.SeedRun;
import org.neurite.core.diagnostics.SeedSweep;
import org.neurite.core.diagnostics.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code neurite sweep}: trains one configuration from N seeds (on all cores) and reports how often it
 * learns, how fast, and why the failing seeds failed.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Train one configuration from many seeds: success rate, median epochs, common findings.")
final class SweepCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--seeds", defaultValue = "20", paramLabel = "N",
            description = "Seeds --seed .. --seed+N-1. Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new UsageException("--seeds must be >= 1; received " + seeds);
        }
        Plan plan = Plan.of(model);
        Task task = plan.task();
        List<Dense> layers = plan.layers();
        Goal goal = Training.goal(plan);
        SweepResult result = SeedSweep.of(model.seed, seeds).run(seed -> Training.compiled(plan),
                plan.train().features(), plan.train().labels(), Training.fitOptions(plan, model.seed), goal);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Integer> counts = commonFindings(result);
        if (json) {
            Json.print(out, toJson(plan, result, counts));
            return 0;
        }
        out.printf(Locale.ROOT, "Sweep of %s on task %s, %d seeds from %d, %d epochs, goal %s%n%n",
                LayerSpec.describe(task.data().featureCount(), layers), task.name(), seeds, model.seed,
                model.epochs, goal);
        out.printf(Locale.ROOT, "%-22s %s%n", "success rate", String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100 * result.successRate(),
                seeds - result.failures().size(), seeds));
        out.printf(Locale.ROOT, "%-22s %s%n", "median epochs to goal",
                Double.isNaN(result.medianEpochs()) ? "-" : String.format(Locale.ROOT, "%.0f", result.medianEpochs()));
        out.printf(Locale.ROOT, "%-22s %s%n", "why seeds failed", summary(result, counts));
        if (!result.failures().isEmpty()) {
            out.println("\nFailing seeds:");
            for (SeedRun run : result.failures()) {
                out.printf(Locale.ROOT, "  seed %d: missed the goal after %d epochs (final %s %s)%n", run.seed(), run.epochs(),
                        goal.series(), Double.isFinite(run.finalValue()) ? String.format(Locale.ROOT, "%.4f", run.finalValue()) : "-");
                run.diagnosis().primary().ifPresent(f -> out.print(Wrap.lines("cause: " + Findings.headline(f) + ": "
                        + f.explanation(), Findings.terminalWidth(), "    ", "      ")));
            }
        }
        out.flush();
        return 0;
    }

    /** "on 30 of 43 failing seeds the root cause is DEAD_UNITS, on 13 PLATEAU", or "-" when none failed. */
    static String summary(SweepResult result, Map<String, Integer> counts) {
        int failed = result.failures().size();
        if (failed == 0) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sb.append(sb.length() == 0 ? "on " + e.getValue() + " of " + failed + " failing seeds the root cause is "
                    : ", on " + e.getValue() + " ").append(e.getKey());
        }
        return sb.length() == 0 ? "no cause found on the " + failed + " failing seeds" : sb.toString();
    }

    /** How many failing seeds have each finding code as their root cause, most common first. */
    static Map<String, Integer> commonFindings(SweepResult result) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SeedRun run : result.failures()) {
            run.diagnosis().primary().ifPresent(f -> counts.merge(f.code().name(), 1, Integer::sum));
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private Map<String, Object> toJson(Plan plan, SweepResult result, Map<String, Integer> counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", plan.task().name());
        json.put("layers", plan.layerSpec());
        json.put("seeds", seeds);
        json.put("goal", result.goal().toString());
        json.put("success_rate", result.successRate());
        json.put("median_epochs", Double.isNaN(result.medianEpochs()) ? null : result.medianEpochs());
        json.put("root_causes", counts);
        json.put("summary", summary(result, counts));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (SeedRun run : result.runs()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seed", run.seed());
            r.put("reached", run.reached());
            r.put("epochs", run.epochs());
            r.put("final", Double.isFinite(run.finalValue()) ? run.finalValue() : null);
            r.put("primary_cause", run.diagnosis().primary().map(f -> f.code().name()).orElse(null));
            r.put("findings", Findings.byCode(Findings.of(run.diagnosis())));
            runs.add(r);
        }
        json.put("runs", runs);
        return json;
    }
}
