package org.neurite.cli;

import java.util.LinkedHashMap;
import org.neurite.core.Diagnosis;
import java.util.Map;
import org.neurite.cli.report.Content;
import org.neurite.cli.report.OutputKind;

/** The report's content for a finished (or running) training run. */
final class Reports {
    private Reports() {
    }

    static Content content(String command, Training.Run run, Outcome outcome) {
        Plan plan = run.plan();
        Map<String, Double> metrics = new LinkedHashMap<>(outcome.scores());
        metrics.putAll(outcome.validation());
        return content(command, plan, run.model(), run.history(), metrics, run.diagnosis());
    }

    static Content content(String command, Plan plan, org.neurite.core.Sequential model, org.neurite.core.History history,
                           Map<String, Double> metrics, Diagnosis diagnosis) {
        Task task = plan.task();
        boolean noBias = plan.options().noBias;
        return new Content(command, configuration(plan, model), metrics, diagnosis,
                change -> RemedyFlags.of(change, plan.layers(), noBias), model, plan::inputs,
                task.data().features(), task.data().labels(), task.featureNames(), task.classes(), kind(plan.grading()),
                history);
    }

    static OutputKind kind(Grading grading) {
        return switch (grading) {
            case BINARY -> OutputKind.BINARY;
            case CATEGORICAL, SPARSE -> OutputKind.MULTICLASS;
            case REGRESSION -> OutputKind.REGRESSION;
        };
    }

    private static Map<String, String> configuration(Plan plan, org.neurite.core.Sequential model) {
        ModelOptions o = plan.options();
        Task task = plan.task();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("task", task.name() + ": " + task.data().size() + " rows" + (plan.validation() == null ? ""
                : " (" + plan.train().size() + " training, " + plan.validation().size() + " validation)"));
        c.put("inputs", String.join(", ", task.featureNames()) + (plan.standardizer() != null ? " (standardized)" : ""));
        c.put("labels", String.join(", ", task.labelNames()) + (task.classes().isEmpty() ? ""
                : " (classes " + String.join(", ", task.classes()) + ")"));
        c.put("model", LayerSpec.describe(task.data().featureCount(), plan.layers()) + ", " + model.countParams()
                + " parameters" + (o.noBias ? ", no bias" : ""));
        c.put("training", o.optimizer + " (learning rate " + o.learningRate + "), " + plan.loss() + ", "
                + o.epochs + " epochs, batch size " + o.batchSize + ", seed " + o.seed);
        c.put("graded by", String.join(", ", plan.grading().metrics().stream().map(m -> m.name()).toList()));
        return c;
    }
}
