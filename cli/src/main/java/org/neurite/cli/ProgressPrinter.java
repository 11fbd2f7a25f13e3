package org.neurite.cli;

import java.util.Locale;
import java.io.PrintWriter;
import java.util.Map;
import org.neurite.core.Callback;
import org.neurite.core.TrainingContext;

/**
 * Training progress: on a terminal one bar redrawn in place (Keras style); otherwise about ten plain lines
 * per run, so logs stay short.
 */
final class ProgressPrinter implements Callback {
    private static final int BAR = 30;
    /** ANSI "erase to end of line", so a shorter line leaves no trace of the previous one. */
    private static final String CLEAR_TO_END = "\u001b[K";
    private final PrintWriter out;
    private final boolean terminal;
    private final int epochs;
    private long lastDraw;

    ProgressPrinter(PrintWriter out, boolean terminal, int epochs) {
        this.out = out;
        this.terminal = terminal;
        this.epochs = epochs;
    }

    @Override
    public void onEpochEnd(int epoch, Map<String, Double> logs, TrainingContext context) {
        int done = epoch + 1;
        if (terminal) {
            long now = System.nanoTime();
            if (done == epochs || now - lastDraw > 50_000_000L) {
                lastDraw = now;
                int filled = (int) ((long) BAR * done / Math.max(1, epochs));
                out.print("\rEpoch " + done + "/" + epochs + " [" + "=".repeat(filled)
                        + (filled < BAR ? ">" + " ".repeat(BAR - filled - 1) : "") + "]" + values(logs) + CLEAR_TO_END);
                out.flush();
            }
        } else if (done == epochs || done % Math.max(1, epochs / 10) == 0 || done == 1) {
            out.println("Epoch " + done + "/" + epochs + values(logs));
        }
    }

    /** " - loss: 0.1234 - accuracy: 1.0000", formatted only for the epochs that are shown. */
    private static String values(Map<String, Double> logs) {
        StringBuilder values = new StringBuilder();
        logs.forEach((k, v) -> values.append(" - ").append(k).append(": ").append(String.format(Locale.ROOT, "%.4f", v)));
        return values.toString();
    }

    @Override
    public void onTrainEnd(TrainingContext context) {
        if (terminal) {
            out.println();
        }
    }
}
