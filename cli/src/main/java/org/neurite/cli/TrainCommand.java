package org.neurite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.cli.report.ReportWriter;
import org.neurite.core.Dense;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code neurite train}: trains a model on a task, then prints the truth table (inputs, target, raw output,
 * thresholded prediction), the final loss and metrics, and the diagnosis. With no options: XOR with a
 * 2-4-1 tanh/sigmoid model and Adam.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on a task and show what it learned (and why not, when it did not).")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--save", paramLabel = "FILE", description = "Save the trained model to FILE: Keras 3 format for a .keras name, else Neurite's zip.")
    Path save;

    @Option(names = "--report", paramLabel = "DIR", description = "Write an HTML report with PNG charts to DIR.")
    Path report;

    @Mixin
    FixOptions fixes = new FixOptions();

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        model.validate();
        List<Dense> layers = model.denseLayers();
        Task task = Tasks.load(model);
        Training.Run run = Training.train(model, layers, task,
                json ? null : new ProgressPrinter(out, System.console() != null, model.epochs));
        run = run.withDiagnosis(Verification.verify(fixes, run.diagnosis(), run.model(), task,
                Training.fitOptions(model, run.model(), task, run.seed())));
        Outcome outcome = Outcome.of(run, task, Findings.of(run.diagnosis(), layers, model.noBias));
        Map<String, Double> test = task.test() == null ? null
                : run.model().evaluate(task.test().features(), task.test().labels());
        if (save != null) {
            Persistence.save(run.model(), save);
        }
        if (report != null) {
            ReportWriter.write(report, new ReportWriter.Content("neurite train --task " + task.name(),
                    run.model(), task.data().features(), task.data().labels(), run.history(), outcome.findingLines()));
        }
        if (json) {
            Map<String, Object> object = outcome.toJson(task, layers, run);
            if (test != null) {
                object.put("test", test);
            }
            Json.print(out, object);
        } else {
            out.println(outcome.describe(task, layers, run));
            if (test != null) {
                out.println(testLine(task, test));
            }
            if (save != null) {
                out.println("Saved the model to " + save);
            }
            if (report != null) {
                out.println("Wrote the report to " + report.resolve("report.html"));
            }
        }
        return 0;
    }

    /** {@code Test set (10000 rows): loss 0.3521, accuracy 0.8752}. */
    static String testLine(Task task, Map<String, Double> scores) {
        StringBuilder sb = new StringBuilder("Test set (" + task.test().size() + " rows): ");
        scores.forEach((k, v) -> sb.append(k.equals("loss") ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%.4f", v)));
        return sb.toString();
    }
}
