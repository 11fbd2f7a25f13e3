package org.neurite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.cli.live.LiveSession;
import org.neurite.cli.report.ReportWriter;
import org.neurite.core.layers.Dense;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code neurite train}: trains a model on a task, then prints the truth table (inputs, target, raw output,
 * predicted answer), the final loss and metrics, and the diagnosis. With no options: XOR with a 2-4-1
 * tanh/sigmoid model and Adam. Every path it will write is checked before the first epoch.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on a task and show what it learned (and why not, when it did not).")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--save", paramLabel = "FILE",
            description = "Save the trained model to FILE: Keras 3 format for a .keras name, else Neurite's zip; "
                    + "its columns, classes and standardizer go to FILE.schema.json.")
    Path save;

    @Option(names = "--report", paramLabel = "DIR", description = "Write an HTML report with PNG charts to DIR.")
    Path report;

    @Mixin
    FixOptions fixes = new FixOptions();

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Option(names = "--live", description = "Show training as it happens on a page served at 127.0.0.1 (a free "
            + "port and a random token; the address is printed): curves, decision boundaries, findings.")
    boolean live;

    @Option(names = "--live-keep", description = "With --live: keep serving the page after training, until Ctrl-C.")
    boolean liveKeep;

    @Option(names = "--live-wait", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --live: start training when the page has opened and shows the untrained model "
                    + "(default), so even a run of a second is seen whole; --no-live-wait starts at once.")
    boolean liveWait = true;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Plan plan = Plan.of(model);
        OutputPaths.checkSave(save);
        OutputPaths.checkReport(report);
        if (liveKeep && !live) {
            throw new UsageException("--live-keep keeps the live page open after training; add --live");
        }
        if (!live && spec.commandLine().getParseResult().hasMatchedOption("--live-wait")) {
            throw new UsageException("--[no-]live-wait says when training starts on the live page; add --live");
        }
        LiveSession session = live
                ? LiveRun.start(commandLine(), plan, liveWait, json ? spec.commandLine().getErr() : out) : null;
        Training.Run run = Training.train(plan, session,
                json ? null : new ProgressPrinter(out, System.console() != null, model.epochs));
        run = run.withDiagnosis(Verification.verify(fixes, run));
        Outcome outcome = Outcome.of(run);
        if (session != null) {
            session.findings(outcome.findingLines());
        }
        Task task = plan.task();
        Map<String, Double> test = task.test() == null ? null
                : run.model().evaluate(plan.inputs(task.test().features()), task.test().labels());
        if (save != null) {
            Persistence.save(run.model(), Schema.of(plan), save);
        }
        if (report != null) {
            ReportWriter.write(report, Reports.content(commandLine(), run, outcome));
        }
        if (json) {
            Map<String, Object> object = outcome.toJson(run);
            if (test != null) {
                object.put("test", test);
            }
            Json.print(out, object);
        } else {
            out.println(outcome.describe(run));
            if (test != null) {
                out.println(testLine(task, test));
            }
            if (save != null) {
                out.println("Saved the model to " + save + " (and " + Schema.fileOf(save).getFileName() + ")");
            }
            if (report != null) {
                out.println("Wrote the report to " + report.resolve("report.html"));
            }
        }
        if (session != null) {
            LiveRun.finish(session, liveKeep, json ? null : out);
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

    /** The command as typed: "neurite train" and the arguments, quoted where the shell needs it. */
    String commandLine() {
        StringBuilder sb = new StringBuilder("neurite train");
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        boolean skipName = !args.isEmpty() && args.get(0).equals("train");
        for (String a : skipName ? args.subList(1, args.size()) : args) {
            sb.append(' ').append(a.matches("[A-Za-z0-9_./:=,+-]+") ? a : "\"" + a.replace("\"", "\\\"") + "\"");
        }
        return sb.toString();
    }
}
