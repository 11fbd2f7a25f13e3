package org.neurite.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a training report to a folder: {@code report.html}, self-contained (images embedded, no scripts, no
 * network access), and the same pictures as PNG files. At the top: the command as typed, the configuration,
 * the final metrics and the diagnosis (one card per finding: {@link DiagnosisSection}); then the loss (log axis) and metric curves, the network with weights on
 * an absolute width scale, and for 2-input models the decision boundary of the output and of every hidden unit.
 */
public final class ReportWriter {
    /** Pixels of the output's decision-boundary square. */
    public static final int BOUNDARY_PIXELS = 240;

    private ReportWriter() {
    }

    /** Writes the report into {@code dir} (created if needed) and returns the HTML file. */
    public static Path write(Path dir, Content c) throws IOException {
        Files.createDirectories(dir);
        StringBuilder body = new StringBuilder();
        body.append("<header><h1>Neurite training report</h1>\n<pre class=\"command\">$ ")
                .append(Html.escape(c.command())).append("</pre>\n");
        body.append(Html.table(c.configuration())).append(metrics(c.metrics())).append(DiagnosisSection.html(c.diagnosis(), c.flags()))
                .append("</header>\n");
        Map<String, List<Double>> series = c.history().history();
        body.append("<section><h2>Training curves</h2>\n");
        body.append(figure(dir, new Figure("loss.png", LineChart.draw("loss (log scale)",
                LineChart.series(series, k -> k.equals("loss")), true, 520, 300), "Loss per epoch, log scale")));
        List<LineChart.Series> metricSeries = LineChart.series(series, k -> !k.equals("loss"));
        boolean accuracy = metricSeries.stream().allMatch(s -> s.name().contains("accuracy"));
        body.append(figure(dir, new Figure("metrics.png", LineChart.draw(accuracy ? "accuracy" : "error (log scale)",
                metricSeries, !accuracy, 520, 300), accuracy ? "Accuracy per epoch" : "Errors per epoch, log scale")));
        body.append("</section>\n<section><h2>Network</h2>\n");
        boolean[][] dead = Boundaries.deadUnits(c.model(), c.inputs().apply(c.x()));
        List<String> classes = outputClasses(c);
        body.append(figure(dir, new Figure("network.png", NetworkDiagram.draw(c.model(), c.featureNames(), classes,
                dead, 720, 380), "Edges: blue positive, orange negative, width by |weight| on the absolute scale shown; "
                + "hollow units are dead (output 0 on every training row)"
                + (classes.isEmpty() ? "" : "; output units, top to bottom: " + String.join(", ", classes)))));
        body.append("</section>\n");
        if (c.x().size(1) == 2) {
            body.append(boundaries(dir, Boundaries.of(c, BOUNDARY_PIXELS)));
        }
        Path file = dir.resolve("report.html");
        Files.writeString(file, Html.page("Neurite report: " + c.command(), body.toString()), StandardCharsets.UTF_8);
        return file;
    }

    /** The class name of each output unit of a multi-class model; empty for other kinds. */
    static List<String> outputClasses(Content c) {
        List<String> names = new ArrayList<>();
        if (c.kind() == OutputKind.MULTICLASS) {
            int units = c.model().layers().get(c.model().layers().size() - 1).units();
            for (int k = 0; k < units; k++) {
                names.add(c.className(k));
            }
        }
        return names;
    }

    private static String metrics(Map<String, Double> metrics) {
        List<String> parts = new ArrayList<>();
        metrics.forEach((k, v) -> parts.add("<b>" + Html.escape(k) + "</b> " + String.format(Locale.ROOT, "%.4f", v)));
        return "<p class=\"metrics\">Final: " + String.join(" · ", parts) + "</p>\n";
    }

    private static String boundaries(Path dir, Boundaries b) throws IOException {
        StringBuilder sb = new StringBuilder("<section><h2>Decision boundaries</h2>\n<div class=\"outputs\">");
        for (Figure f : b.outputs()) {
            sb.append(figure(dir, f));
        }
        sb.append("</div>\n");
        for (int l = 0; l < b.hidden().size(); l++) {
            double s = b.scales().get(l);
            sb.append("<div class=\"units\"><h3>Hidden layer ").append(l).append("</h3><p class=\"scale\">")
                    .append("<span class=\"swatch low\"></span> ").append(Ticks.significant(-s))
                    .append(" · <span class=\"swatch zero\"></span> 0 (off) · <span class=\"swatch high\"></span> ")
                    .append(Ticks.significant(s)).append("</p>\n");
            for (Figure f : b.hidden().get(l)) {
                sb.append(figure(dir, f));
            }
            sb.append("</div>\n");
        }
        return sb.append("</section>\n").toString();
    }

    private static String figure(Path dir, Figure f) throws IOException {
        Files.write(dir.resolve(f.file()), f.png());
        boolean dead = f.caption().endsWith(Boundaries.DEAD);
        return "<figure" + (dead ? " class=\"dead\"" : "") + "><img alt=\"" + Html.escape(f.caption()) + "\" src=\""
                + f.dataUrl() + "\"><figcaption>" + Html.escape(f.caption()) + "</figcaption></figure>";
    }
}
