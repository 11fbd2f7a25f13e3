package org.neurite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.layers.Dense;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.Remedy;
import org.neurite.core.Severity;

/**
 * The diagnosis as the CLI prints and serialises it: root cause first, each ERROR or WARNING finding in a few
 * lines wrapped to the terminal width (its explanation, its fix, and each remedy as the flags that make it with
 * what retraining with it gave), INFO findings in one line each. JSON carries everything: evidence, and each
 * remedy's Java, flags and trial.
 */
final class Findings {
    /** Unit indices a printed headline lists at most. */
    static final int SHOWN_UNITS = 8;

    private Findings() {
    }

    /** One finding, flattened for printing and JSON. */
    record View(Finding finding, boolean primary, List<Map<String, Object>> remedies, String line) {
        String code() {
            return finding.code().name();
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", code());
            m.put("severity", finding.severity().name());
            m.put("primary", primary);
            m.put("layer", finding.layer());
            m.put("units", finding.units());
            m.put("evidence", finding.evidence());
            m.put("explanation", finding.explanation());
            m.put("fix", finding.fix());
            m.put("remedies", remedies);
            return m;
        }
    }

    static List<View> of(Diagnosis diagnosis) {
        return of(diagnosis, null, false);
    }

    /** The views; {@code layers} (may be null) and {@code noBias} let remedies be written as flags. */
    static List<View> of(Diagnosis diagnosis, List<Dense> layers, boolean noBias) {
        Finding primary = diagnosis.primary().orElse(null);
        List<View> views = new ArrayList<>();
        for (Finding f : diagnosis.findings()) {
            List<Map<String, Object>> remedies = new ArrayList<>();
            for (Remedy r : f.remedies()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("description", r.description());
                m.put("flags", layers == null ? null : RemedyFlags.of(r.change(), layers, noBias));
                m.put("java", r.change().java());
                if (r.tried()) {
                    m.put("seeds", r.trial().seeds());
                    m.put("trained", r.trial().trained());
                    m.put("median_epochs", Double.isNaN(r.trial().medianEpochs()) ? null : r.trial().medianEpochs());
                    m.put("epochs", r.trial().epochs());
                }
                m.put("outcome", r.tried() ? r.trial().toString() : r.note());
                remedies.add(m);
            }
            views.add(new View(f, f == primary, remedies, f.toString()));
        }
        return views;
    }

    /** Findings grouped by code, for JSON. */
    static Map<String, List<Map<String, Object>>> byCode(List<View> views) {
        Map<String, List<Map<String, Object>>> byCode = new LinkedHashMap<>();
        for (View f : views) {
            byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f.toMap());
        }
        return byCode;
    }

    /** The printed block: "Diagnosis: no findings." or the findings, root cause first, wrapped to {@code width}. */
    static String describe(List<View> views, int width) {
        if (views.isEmpty()) {
            return "Diagnosis: no findings.\n";
        }
        StringBuilder sb = new StringBuilder(views.get(0).primary() ? "Diagnosis (root cause first):\n"
                : "Diagnosis:\n");
        for (View v : views) {
            Finding f = v.finding();
            String head = (v.primary() ? "Cause: " : "") + headline(f) + ": " + f.explanation();
            if (f.severity() == Severity.INFO) {
                sb.append(Wrap.lines(head, width, "  ", "    "));
                continue;
            }
            sb.append(Wrap.lines(head, width, "  ", "    "));
            sb.append(Wrap.lines("Fix: " + f.fix(), width, "    ", "      "));
            for (Map<String, Object> r : v.remedies()) {
                Object flags = r.get("flags");
                String what = flags != null ? flags.toString() : r.get("description").toString();
                sb.append(Wrap.lines("Try " + what + ": " + r.get("outcome"), width, "      ", "        "));
            }
        }
        return sb.toString();
    }

    /**
     * The finding's headline with at most {@value #SHOWN_UNITS} unit indices, e.g. "INFO DEAD_UNITS in layer 'dense'
     * (index 0), 228 units [0, 1, 2, 3, 4, 5, 6, 7, ...]", so a wide layer's finding stays a few lines (the JSON
     * and the report list every unit).
     */
    static String headline(Finding f) {
        String full = f.headline();
        if (f.units().size() <= SHOWN_UNITS) {
            return full;
        }
        String shown = f.units().subList(0, SHOWN_UNITS).toString();
        return full.substring(0, full.lastIndexOf(", units [")) + ", " + f.units().size() + " units "
                + shown.substring(0, shown.length() - 1) + ", ...]";
    }

    /** The terminal width: $COLUMNS when set, else 100. */
    static int terminalWidth() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100").trim());
            return Math.max(40, columns);
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
