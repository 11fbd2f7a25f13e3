package org.neurite.cli;

import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Dense;

/** What a training run produced: predictions per row, final scores and the diagnosis findings. */
record Outcome(INDArray predictions, Map<String, Double> scores, List<Findings.View> findings) {
    /** Rows printed in the table at most. */
    static final int MAX_ROWS = 64;

    static Outcome of(Training.Run run, Task task) {
        INDArray x = task.data().features();
        INDArray y = task.data().labels();
        return new Outcome(run.model().predict(x), run.model().evaluate(x, y),
                Findings.of(run.history().diagnosis()));
    }

    /** The predicted class of a row: output > 0.5 for one unit (as Keras's binary accuracy), else argmax. */
    int predicted(int row) {
        int units = (int) predictions.size(1);
        if (units == 1) {
            return predictions.getDouble(row, 0) > 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int u = 1; u < units; u++) {
            best = predictions.getDouble(row, u) > predictions.getDouble(row, best) ? u : best;
        }
        return best;
    }

    private static int target(INDArray y, int row, int units) {
        if (y.size(1) == 1) {
            return (int) Math.round(y.getDouble(row, 0));
        }
        int best = 0;
        for (int u = 1; u < y.size(1); u++) {
            best = y.getDouble(row, u) > y.getDouble(row, best) ? u : best;
        }
        return best;
    }

    List<String> findingLines() {
        List<String> lines = new ArrayList<>();
        for (Findings.View f : findings) {
            lines.add(f.line());
        }
        return lines;
    }

    String describe(Task task, List<Dense> layers, Training.Run run) {
        INDArray x = task.data().features();
        INDArray y = task.data().labels();
        int rows = (int) x.size(0);
        int units = (int) predictions.size(1);
        StringBuilder sb = new StringBuilder();
        sb.append("\nTask ").append(task.name()).append(": ").append(rows).append(" rows; model ")
                .append(LayerSpec.describe((int) x.size(1), layers)).append(" (").append(run.model().countParams())
                .append(" params), ").append(run.optimizer()).append(", ").append(run.loss()).append(", seed ")
                .append(run.seed()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-" + Math.max(8, 5 * x.size(1)) + "s | %-8s | %-" + (9 * units) + "s | %s%n",
                String.join(" ", task.featureNames()), "target", "output", "predicted"));
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            boolean ok = predicted(r) == target(y, r, units);
            correct += ok ? 1 : 0;
            if (r >= MAX_ROWS) {
                continue;
            }
            StringBuilder in = new StringBuilder();
            for (int c = 0; c < x.size(1); c++) {
                in.append(String.format(Locale.ROOT, "%4s ", trim(x.getDouble(r, c))));
            }
            StringBuilder out = new StringBuilder();
            for (int u = 0; u < units; u++) {
                out.append(String.format(Locale.ROOT, "%8.4f ", predictions.getDouble(r, u)));
            }
            StringBuilder tgt = new StringBuilder();
            for (int c = 0; c < y.size(1); c++) {
                tgt.append(trim(y.getDouble(r, c))).append(c + 1 < y.size(1) ? " " : "");
            }
            sb.append(String.format(Locale.ROOT, "%-" + Math.max(8, 5 * x.size(1)) + "s | %-8s | %s| %d %s%n", in, tgt, out,
                    predicted(r), ok ? "✓" : "✗"));
        }
        if (rows > MAX_ROWS) {
            sb.append("... ").append(rows - MAX_ROWS).append(" more rows\n");
        }
        sb.append('\n').append(String.format(Locale.ROOT, "Final loss %.4f", scores.get("loss")));
        scores.forEach((k, v) -> sb.append(k.equals("loss") ? "" : String.format(Locale.ROOT, ", %s %.4f", k, v)));
        sb.append(" (").append(correct).append('/').append(rows).append(" rows predicted correctly)\n\n");
        if (findings.isEmpty()) {
            sb.append("Diagnosis: no findings.\n");
        } else {
            sb.append("Diagnosis:\n");
            for (Findings.View f : findings) {
                sb.append("  ").append(f.line()).append('\n');
            }
        }
        return sb.toString();
    }

    Map<String, Object> toJson(Task task, List<Dense> layers, Training.Run run) {
        INDArray x = task.data().features();
        INDArray y = task.data().labels();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", task.name());
        List<Map<String, Object>> layerList = new ArrayList<>();
        for (Dense d : layers) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("units", d.units());
            l.put("activation", d.activation().name());
            l.put("use_bias", d.useBias());
            layerList.add(l);
        }
        json.put("layers", layerList);
        json.put("optimizer", run.optimizer());
        json.put("loss_function", run.loss());
        json.put("seed", run.seed());
        json.put("epochs_run", run.history().size());
        json.put("final_loss", scores.get("loss"));
        Map<String, Double> metrics = new LinkedHashMap<>(scores);
        metrics.remove("loss");
        json.put("metrics", metrics);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < x.size(0); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", x.getRow(r).toDoubleVector());
            row.put("target", y.getRow(r).toDoubleVector());
            row.put("output", predictions.getRow(r).toDoubleVector());
            row.put("predicted", predicted(r));
            rows.add(row);
        }
        json.put("predictions", rows);
        json.put("findings", Findings.byCode(findings));
        return json;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
