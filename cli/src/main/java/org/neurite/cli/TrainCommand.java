package org.neurite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurite.cli.report.ReportWriter;
import org.neurite.core.layers.Dense;
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

    @Option(names = "--save", paramLabel = "FILE", description = "Save the trained model to FILE (a zip).")
    Path save;

    @Option(names = "--report", paramLabel = "DIR", description = "Write an HTML report with PNG charts to DIR.")
    Path report;

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
        Outcome outcome = Outcome.of(run, task);
        if (save != null) {
            Persistence.save(run.model(), save);
        }
        if (report != null) {
            ReportWriter.write(report, new ReportWriter.Content("neurite train --task " + task.name(),
                    run.model(), task.data().features(), task.data().labels(), run.history(), outcome.findingLines()));
        }
        if (json) {
            Json.print(out, outcome.toJson(task, layers, run));
        } else {
            out.println(outcome.describe(task, layers, run));
            if (save != null) {
                out.println("Saved the model to " + save);
            }
            if (report != null) {
                out.println("Wrote the report to " + report.resolve("report.html"));
            }
        }
        return 0;
    }
}
