package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The table {@code train} prints: one line per row (at most {@link #MAX_ROWS}) with the inputs under their
 * column names, the target, every output, and the predicted answer marked ✓ or ✗ (for regression, the error of
 * each output instead, since no answer is right or wrong).
 */
final class TruthTable {
    /** Rows printed at most. */
    static final int MAX_ROWS = 64;

    private TruthTable() {
    }

    static String of(Task task, Grading grading, INDArray predictions) {
        INDArray x = task.data().features();
        INDArray y = task.data().labels();
        int rows = (int) x.size(0);
        List<String[]> lines = new ArrayList<>();
        String targetHeader = task.labelNames().equals(List.of("y")) ? "target" : String.join(" ", task.labelNames());
        lines.add(new String[] {String.join(" ", task.featureNames()), targetHeader,
                "output", grading.classifies() ? "predicted" : "error"});
        for (int r = 0; r < Math.min(rows, MAX_ROWS); r++) {
            double[] out = predictions.getRow(r).toDoubleVector();
            double[] target = y.getRow(r).toDoubleVector();
            StringBuilder in = new StringBuilder();
            for (int c = 0; c < x.size(1); c++) {
                in.append(c > 0 ? " " : "").append(Decimals.short3(x.getDouble(r, c)));
            }
            StringBuilder o = new StringBuilder();
            for (double v : out) {
                o.append(o.length() > 0 ? " " : "").append(String.format(Locale.ROOT, "%.4f", v));
            }
            lines.add(new String[] {in.toString(), answer(task, grading, grading.target(target), target),
                    o.toString(), last(task, grading, out, target)});
        }
        StringBuilder sb = new StringBuilder();
        int[] widths = new int[4];
        for (String[] l : lines) {
            for (int k = 0; k < 4; k++) {
                widths[k] = Math.max(widths[k], l[k].length());
            }
        }
        for (String[] l : lines) {
            sb.append(String.format(Locale.ROOT, "%-" + widths[0] + "s | %-" + widths[1] + "s | %-" + widths[2]
                    + "s | %s%n", l[0], l[1], l[2], l[3]));
        }
        if (rows > MAX_ROWS) {
            sb.append("... ").append(rows - MAX_ROWS).append(" more rows\n");
        }
        return sb.toString();
    }

    private static String last(Task task, Grading grading, double[] out, double[] target) {
        if (!grading.classifies()) {
            StringBuilder e = new StringBuilder();
            for (int k = 0; k < out.length; k++) {
                e.append(k > 0 ? " " : "").append(String.format(Locale.ROOT, "%+.4f", out[k] - target[k]));
            }
            return e.toString();
        }
        return answer(task, grading, grading.predicted(out), target) + " "
                + (grading.correct(out, target) ? "✓" : "✗");
    }

    /** Class names for a class answer, the 0/1 bits for binary outputs, the raw values for regression. */
    private static String answer(Task task, Grading grading, int[] answer, double[] raw) {
        StringBuilder sb = new StringBuilder();
        if (answer == null) {
            for (double v : raw) {
                sb.append(sb.length() > 0 ? " " : "").append(Decimals.short3(v));
            }
        } else if (grading == Grading.BINARY) {
            for (int a : answer) {
                sb.append(sb.length() > 0 ? " " : "").append(a == 1 && !task.classes().isEmpty()
                        ? task.className(1) : a == 0 && !task.classes().isEmpty() ? task.className(0) : a);
            }
        } else {
            sb.append(task.className(answer[0]));
        }
        return sb.toString();
    }

    /** How many rows the model answers right. */
    static int correctRows(Task task, Grading grading, INDArray predictions) {
        int correct = 0;
        for (int r = 0; r < task.data().size(); r++) {
            correct += grading.correct(predictions.getRow(r).toDoubleVector(),
                    task.data().labels().getRow(r).toDoubleVector()) ? 1 : 0;
        }
        return correct;
    }
}
