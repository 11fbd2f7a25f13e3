package org.neurite.cli.report;

import java.util.Map;
import java.util.function.Function;
import org.neurite.core.Change;
import org.neurite.core.Diagnosis;
import org.neurite.core.Finding;
import org.neurite.core.Remedy;

/**
 * The report's diagnosis, one card per finding, root cause first: a severity badge and the headline, the
 * explanation, the fix, the evidence as a name/value table, and the remedies as a table with each one's outcome:
 * {@code tried} (retraining with it reached the goal on most seeds), {@code failed} (it was tried and did not), or
 * {@code untried} (with the reason). The outcome is also the row's {@code data-outcome} attribute.
 */
final class DiagnosisSection {
    private DiagnosisSection() {
    }

    static String html(Diagnosis diagnosis, Function<Change, String> flags) {
        if (diagnosis.isEmpty()) {
            return "<div class=\"diagnosis ok\"><b>Diagnosis:</b> no findings; nothing stands in the way of "
                    + "learning.</div>\n";
        }
        Finding primary = diagnosis.primary().orElse(null);
        StringBuilder sb = new StringBuilder("<div class=\"diagnosis\"><h2>Diagnosis")
                .append(primary != null ? " (root cause first)" : "").append("</h2>\n");
        for (Finding f : diagnosis.findings()) {
            sb.append(card(f, f == primary, flags));
        }
        return sb.append("</div>\n").toString();
    }

    private static String card(Finding f, boolean primary, Function<Change, String> flags) {
        String severity = f.severity().name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder("<article class=\"finding ").append(severity)
                .append(primary ? " primary" : "").append("\" data-code=\"").append(f.code().name()).append("\">\n")
                .append("<div class=\"headline\"><span class=\"severity ").append(severity).append("\">")
                .append(f.severity().name()).append("</span> ").append(primary ? "<span class=\"cause\">Root cause"
                        + "</span> " : "").append("<b>").append(Html.escape(f.code().name())).append("</b>")
                .append(Html.escape(f.headline().substring(f.severity().name().length() + 1
                        + f.code().name().length()))).append("</div>\n")
                .append("<p class=\"explanation\">").append(Html.escape(f.explanation())).append("</p>\n")
                .append("<p class=\"fix\"><b>Fix:</b> ").append(Html.escape(f.fix())).append("</p>\n");
        if (!f.evidence().isEmpty()) {
            sb.append("<table class=\"evidence\"><thead><tr><th>evidence</th><th>value</th></tr></thead><tbody>");
            for (Map.Entry<String, Double> e : f.evidence().entrySet()) {
                sb.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td>")
                        .append(Finding.format(e.getValue())).append("</td></tr>");
            }
            sb.append("</tbody></table>\n");
        }
        if (!f.remedies().isEmpty()) {
            sb.append("<table class=\"remedies\"><thead><tr><th>remedy</th><th>as flags / Java</th><th>outcome</th>"
                    + "<th>result</th></tr></thead><tbody>");
            for (Remedy r : f.remedies()) {
                String outcome = outcome(r);
                String flag = flags.apply(r.change());
                sb.append("<tr data-outcome=\"").append(outcome).append("\"><td>").append(Html.escape(r.description()))
                        .append("</td><td><code>").append(Html.escape(flag != null ? flag : r.change().java()))
                        .append("</code></td><td><span class=\"outcome ").append(outcome).append("\">").append(outcome)
                        .append("</span></td><td>").append(Html.escape(r.tried() ? r.trial().toString()
                                : r.note().replaceFirst("^untried(: )?", ""))).append("</td></tr>");
            }
            sb.append("</tbody></table>\n");
        }
        return sb.append("</article>\n").toString();
    }

    /** tried (most seeds reached the goal), failed (tried, most did not) or untried. */
    static String outcome(Remedy r) {
        return !r.tried() ? "untried" : r.trial().works() ? "tried" : "failed";
    }
}
