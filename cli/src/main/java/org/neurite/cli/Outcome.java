package org.neurite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;

/**
 * What a training run produced: predictions for every row of the task, the final scores on the training rows
 * (and on the validation rows, empty without a split) and the diagnosis findings.
 */
record Outcome(INDArray predictions, Map<String, Double> scores, Map<String, Double> validation,
               List<Findings.View> findings) {
    /** Inputs beyond which (e.g. an image's 784 pixels) neither the table nor the JSON lists rows. */
    static final int MAX_COLUMNS = 16;

    static Outcome of(Training.Run run) {
        Plan plan = run.plan();
        return of(run, Findings.of(run.diagnosis(), plan.layers(), plan.options().noBias));
    }

    static Outcome of(Training.Run run, List<Findings.View> findings) {
        Plan plan = run.plan();
        Map<String, Double> validation = new LinkedHashMap<>();
        if (plan.validation() != null) {
            run.model().evaluate(plan.validation().features(), plan.validation().labels())
                    .forEach((k, v) -> validation.put("val_" + k, v));
        }
        return new Outcome(run.predict(plan.task().data().features()),
                run.model().evaluate(plan.train().features(), plan.train().labels()), validation, findings);
    }

    List<String> findingLines() {
        List<String> lines = new ArrayList<>();
        for (Findings.View f : findings) {
            lines.add(f.line());
        }
        return lines;
    }

    /** "loss 0.0015, binary_accuracy 1.0000" and the validation scores after a semicolon. */
    String scoreLine() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "loss %.4f", scores.get("loss")));
        scores.forEach((k, v) -> sb.append(k.equals("loss") ? "" : String.format(Locale.ROOT, ", %s %.4f", k, v)));
        if (!validation.isEmpty()) {
            sb.append("; validation");
            validation.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.4f", k, v)));
        }
        return sb.toString();
    }

    String describe(Training.Run run) {
        Plan plan = run.plan();
        Task task = plan.task();
        int rows = task.data().size();
        boolean table = task.data().featureCount() <= MAX_COLUMNS;
        StringBuilder sb = new StringBuilder();
        sb.append("\nTask ").append(task.name()).append(": ").append(rows).append(" rows");
        if (plan.validation() != null) {
            sb.append(" (").append(plan.train().size()).append(" training, ").append(plan.validation().size())
                    .append(" validation)");
        }
        sb.append("; model ").append(LayerSpec.describe(task.data().featureCount(), plan.layers())).append(" (")
                .append(run.model().countParams()).append(" params), ").append(run.optimizer()).append(", ")
                .append(run.loss()).append(", seed ").append(run.seed())
                .append(plan.standardizer() != null ? ", standardized inputs" : "").append("\n\n");
        if (table) {
            sb.append(TruthTable.of(task, plan.grading(), predictions)).append('\n');
        }
        sb.append("Final ").append(scoreLine());
        if (plan.grading().classifies()) {
            sb.append(" (").append(TruthTable.correctRows(task, plan.grading(), predictions)).append('/')
                    .append(rows).append(" rows predicted correctly)");
        }
        sb.append("\n\n");
        return sb.append(Findings.describe(findings, Findings.terminalWidth())).toString();
    }

    Map<String, Object> toJson(Training.Run run) {
        Plan plan = run.plan();
        Task task = plan.task();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", task.name());
        json.put("features", task.featureNames());
        json.put("labels", task.labelNames());
        if (!task.classes().isEmpty()) {
            json.put("classes", task.classes());
        }
        List<Map<String, Object>> layerList = new ArrayList<>();
        for (Dense d : plan.layers()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("units", d.units());
            l.put("activation", d.activation().name());
            l.put("use_bias", d.useBias());
            layerList.add(l);
        }
        json.put("layers", layerList);
        json.put("optimizer", run.optimizer());
        json.put("loss_function", run.loss());
        json.put("grading", plan.grading().name().toLowerCase(Locale.ROOT));
        json.put("seed", run.seed());
        json.put("epochs_run", run.history().size());
        json.put("final_loss", scores.get("loss"));
        Map<String, Double> metrics = new LinkedHashMap<>(scores);
        metrics.remove("loss");
        json.put("metrics", metrics);
        json.put("validation", validation);
        json.put("predictions", task.data().featureCount() <= MAX_COLUMNS ? rows(task, plan.grading()) : List.of());
        json.put("primary_cause", findings.stream().filter(Findings.View::primary).map(Findings.View::code)
                .findFirst().orElse(null));
        json.put("findings", Findings.byCode(findings));
        return json;
    }

    private List<Map<String, Object>> rows(Task task, Grading grading) {
        INDArray x = task.data().features();
        INDArray y = task.data().labels();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < x.size(0); r++) {
            double[] out = predictions.getRow(r).toDoubleVector();
            double[] target = y.getRow(r).toDoubleVector();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", x.getRow(r).toDoubleVector());
            row.put("target", target);
            row.put("output", out);
            int[] predicted = grading.predicted(out);
            if (predicted != null) {
                row.put("predicted", predicted.length == 1 ? (Object) predicted[0] : predicted);
                if (!task.classes().isEmpty() && grading != Grading.BINARY) {
                    row.put("predicted_class", task.className(predicted[0]));
                }
                row.put("correct", grading.correct(out, target));
            }
            rows.add(row);
        }
        return rows;
    }
}
