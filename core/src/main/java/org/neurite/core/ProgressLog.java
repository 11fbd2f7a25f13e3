package org.neurite.core;

import java.util.Map;

/** Keras-style progress on standard output: verbosity 1 a bar line per epoch, 2 one plain line per epoch. */
final class ProgressLog {
    private final int verbose;
    private final int epochs;

    ProgressLog(int verbose, int epochs) {
        this.verbose = verbose;
        this.epochs = epochs;
    }

    void epochEnd(int epoch, Map<String, Double> logs) {
        if (verbose == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Epoch ").append(epoch + 1).append('/').append(epochs);
        sb.append(verbose == 1 ? "\n[==============================]" : "");
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            sb.append(" - ").append(e.getKey()).append(": ").append(String.format(java.util.Locale.ROOT, "%.4f", e.getValue()));
        }
        System.out.println(sb);
    }
}
