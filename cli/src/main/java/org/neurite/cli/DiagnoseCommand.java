package org.neurite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.core.layers.Dense;
import org.neurite.core.Sequential;
import org.neurite.core.Diagnosis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code neurite diagnose}: the findings for a saved model on a task's data ({@code --model}), or for a
 * training configuration, trained first with the same options as {@code train}.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Explain why a model cannot learn a task: a saved model (--model) or a configuration.")
final class DiagnoseCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--model", paramLabel = "FILE", description = "A model saved by 'neurite train --save'.")
    Path modelFile;

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        model.validate();
        Task task = Tasks.load(model);
        Diagnosis diagnosis;
        String source;
        if (modelFile != null) {
            Sequential saved = Persistence.load(modelFile);
            if (saved.inputWidth() != task.data().featureCount()) {
                throw new UsageException("--model " + modelFile + " takes " + saved.inputWidth() + " inputs but task "
                        + task.name() + " has " + task.data().featureCount() + " columns");
            }
            diagnosis = saved.diagnose(task.data().features(), task.data().labels());
            source = "model " + modelFile;
        } else {
            List<Dense> layers = model.denseLayers();
            Training.Run run = Training.train(model, layers, task, null);
            diagnosis = run.model().diagnose(task.data().features(), task.data().labels(), run.history());
            source = LayerSpec.describe(task.data().featureCount(), layers) + " trained " + model.epochs
                    + " epochs, seed " + model.seed;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("task", task.name());
            j.put("source", source);
            j.put("findings", Findings.byCode(Findings.of(diagnosis)));
            Json.print(out, j);
        } else {
            out.println("Diagnosis of " + source + " on task " + task.name() + ":");
            out.println(diagnosis.isEmpty() ? "no findings." : diagnosis.toString());
            out.flush();
        }
        return 0;
    }
}
