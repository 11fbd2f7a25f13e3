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

    @Override
    public Integer call() {
        Diagnosis diagnosis;
        String source;
        List<Dense> layers = null;
        String trials = null;
        Task task;
        if (modelFile != null) {
            model.validate();
            task = Tasks.load(model);
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
            diagnosis = Verification.verify(fixes, saved.diagnose(x, y), saved, x, y, fit);
            source = "model " + modelFile;
            trials = Verification.describeSavedModelTrials(fixes, model.seed, model.epochs);
        } else {
            Plan plan = Plan.of(model);
            task = plan.task();
            layers = plan.layers();
            Training.Run run = Training.train(plan);
            diagnosis = Verification.verify(fixes, run);
            source = LayerSpec.describe(task.data().featureCount(), plan.layers()) + " trained " + model.epochs
                    + " epochs, seed " + model.seed;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("task", task.name());
            j.put("source", source);
            j.put("primary_cause", diagnosis.primary().map(f -> f.code().name()).orElse(null));
            j.put("trials", trials);
            j.put("findings", Findings.byCode(Findings.of(diagnosis, layers, model.noBias)));
            Json.print(out, j);
        } else {
            out.println("Diagnosis of " + source + " on task " + task.name() + ":");
            out.print(Findings.describe(Findings.of(diagnosis, layers, model.noBias), Findings.terminalWidth()));
            if (trials != null && !diagnosis.problems().isEmpty() && !trials.equals(Verification.SWITCHED_OFF)) {
                out.print(Wrap.lines(trials, Findings.terminalWidth(), "", "  "));
            }
            out.flush();
        }
        return 0;
    }
}
