package org.neurite.cli;

import java.util.Locale;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.core.layers.Dense;
import org.neurite.core.Sequential;
import org.neurite.core.Goal;
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
        model.validate();
        if (seeds < 1) {
            throw new UsageException("--seeds must be >= 1; received " + seeds);
        }
        List<Dense> layers = model.denseLayers();
        Task task = Tasks.load(model);
        Sequential probe = Training.compiled(model, layers);
        Goal goal = task.truthTable() ? Training.goal(probe) : Goal.loss(0.05);
        SweepResult result = SeedSweep.of(model.seed, seeds).run(seed -> Training.compiled(model, layers),
                task.data().features(), task.data().labels(),
                Training.fitOptions(model, probe, task, model.seed).withGoal(goal), goal);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Integer> counts = commonFindings(result);
        if (json) {
            Json.print(out, toJson(task, layers, result, counts));
            return 0;
        }
        out.printf(Locale.ROOT, "Sweep of %s on task %s, %d seeds from %d, %d epochs, goal %s%n%n",
                LayerSpec.describe(task.data().featureCount(), layers), task.name(), seeds, model.seed,
                model.epochs, goal);
        out.printf(Locale.ROOT, "%-22s %s%n", "success rate", String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100 * result.successRate(),
                seeds - result.failures().size(), seeds));
        out.printf(Locale.ROOT, "%-22s %s%n", "median epochs to goal",
                Double.isNaN(result.medianEpochs()) ? "-" : String.format(Locale.ROOT, "%.0f", result.medianEpochs()));
        out.printf(Locale.ROOT, "%-22s %s%n", "most common findings", counts.isEmpty() ? "-" : counts.toString());
        if (!result.failures().isEmpty()) {
            out.println("\nFailing seeds:");
            for (SeedRun run : result.failures()) {
                out.printf(Locale.ROOT, "  seed %d: missed the goal after %d epochs (final %s)%n", run.seed(), run.epochs(),
                        Double.isFinite(run.finalValue()) ? String.format(Locale.ROOT, "%.4f", run.finalValue()) : "-");
                for (Findings.View f : Findings.of(run.diagnosis())) {
                    out.println("    - " + f.line());
                }
            }
        }
        out.flush();
        return 0;
    }

    /** How many failing seeds carry each finding code, most common first. */
    static Map<String, Integer> commonFindings(SweepResult result) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SeedRun run : result.failures()) {
            for (var code : run.diagnosis().codes()) {
                counts.merge(code.name(), 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private Map<String, Object> toJson(Task task, List<Dense> layers, SweepResult result, Map<String, Integer> counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", task.name());
        json.put("layers", model.layers);
        json.put("seeds", seeds);
        json.put("goal", result.goal().toString());
        json.put("success_rate", result.successRate());
        json.put("median_epochs", Double.isNaN(result.medianEpochs()) ? null : result.medianEpochs());
        json.put("common_findings", counts);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (SeedRun run : result.runs()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seed", run.seed());
            r.put("reached", run.reached());
            r.put("epochs", run.epochs());
            r.put("final", Double.isFinite(run.finalValue()) ? run.finalValue() : null);
            r.put("findings", Findings.byCode(Findings.of(run.diagnosis())));
            runs.add(r);
        }
        json.put("runs", runs);
        return json;
    }
}
