package org.neurite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.FitOptions;
import org.neurite.core.layers.Dense;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code neurite diagnose}: the findings for a saved model on a task's data ({@code --model}), or for a
 * training configuration, trained first with the same options as {@code train}. Either way the remedies are tried
 * as {@link FixOptions} says; for a saved model each trial retrains its architecture, optimizer and loss from fresh
 * weights (the saved ones are what is being diagnosed) from {@code --seed} on, for at most {@code --epochs}.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Explain why a model cannot learn a task: a saved model (--model) or a configuration.")
final class DiagnoseCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model saved by 'neurite train --save', or a Keras .keras or .h5 file.")
    Path modelFile;

    @Mixin
    FixOptions fixes = new FixOptions();

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What to print: the diagnosis, of what, and how its remedies were tried (null for a configuration). */
    private record Result(Task task, String source, Diagnosis diagnosis, List<Dense> layers, String trials) {
    }

    @Override
    public Integer call() {
        Result r = modelFile != null ? savedModel() : configuration();
        PrintWriter out = spec.commandLine().getOut();
        List<Findings.View> views = Findings.of(r.diagnosis(), r.layers(), model.noBias);
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("task", r.task().name());
            j.put("source", r.source());
            j.put("primary_cause", r.diagnosis().primary().map(f -> f.code().name()).orElse(null));
            j.put("trials", r.trials());
            j.put("findings", Findings.byCode(views));
            Json.print(out, j);
        } else {
            out.println("Diagnosis of " + r.source() + " on task " + r.task().name() + ":");
            out.print(Findings.describe(views, Findings.terminalWidth()));
            if (r.trials() != null && !r.diagnosis().problems().isEmpty()
                    && !r.trials().equals(Verification.SWITCHED_OFF)) {
                out.print(Wrap.lines(r.trials(), Findings.terminalWidth(), "", "  "));
            }
            out.flush();
        }
        return 0;
    }

    /** A saved model on the task's rows (standardized as in training when its schema says so). */
    private Result savedModel() {
        model.validate();
        Task task = Tasks.load(model);
        Sequential saved = Persistence.load(modelFile);
        if (!saved.isCompiled()) {
            throw new UsageException("--model " + modelFile + " was saved uncompiled, so it has no loss to "
                    + "diagnose with; compile it (in Keras: model.compile(...)) before saving");
        }
        if (saved.inputWidth() != task.data().featureCount()) {
            throw new UsageException("--model " + modelFile + " takes " + saved.inputWidth() + " inputs but task "
                    + task.name() + " has " + task.data().featureCount() + " columns");
        }
        Schema schema = Schema.load(modelFile);
        INDArray x = task.data().features();
        if (schema != null && schema.standardizer() != null) {
            x = schema.standardizer().apply(x);
        }
        INDArray y = task.data().labels();
        FitOptions fit = FitOptions.defaults().withEpochs(model.epochs).withBatchSize(model.batchSize)
                .withSeed(model.seed).withVerbose(0);
        Diagnosis diagnosis = Verification.verify(fixes, saved.diagnose(x, y), saved, x, y, fit);
        return new Result(task, "model " + modelFile, diagnosis, null,
                Verification.describeSavedModelTrials(fixes, model.seed, model.epochs));
    }

    /** A configuration, trained first as {@code train} would. */
    private Result configuration() {
        Plan plan = Plan.of(model);
        Training.Run run = Training.train(plan);
        return new Result(plan.task(), LayerSpec.describe(plan.task().data().featureCount(), plan.layers())
                + " trained " + model.epochs + " epochs, seed " + model.seed, Verification.verify(fixes, run),
                plan.layers(), null);
    }
}
