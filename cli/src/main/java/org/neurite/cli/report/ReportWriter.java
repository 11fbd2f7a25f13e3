package org.neurite.cli.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.History;
import org.neurite.core.Sequential;

/**
 * Writes a training report to a folder: {@code report.html}, self-contained (images embedded, no scripts,
 * no network access), and the same images as PNG files: loss and metric curves, the network with weight
 * signs and sizes, for 2-input tasks the decision boundary of the output and of every hidden unit, and the
 * diagnosis findings.
 */
public final class ReportWriter {
    /** Pixels of each decision-boundary square. */
    public static final int BOUNDARY_PIXELS = 240;

    private ReportWriter() {
    }

    /** What a report shows. */
    public record Content(String title, Sequential model, INDArray x, INDArray y, History history,
                          List<String> findings) {
    }

    /** Writes the report into {@code dir} (created if needed) and returns the HTML file. */
    public static Path write(Path dir, Content content) throws IOException {
        Files.createDirectories(dir);
        List<String> sections = new ArrayList<>();
        Map<String, List<Double>> series = content.history().history();
        sections.add(figure(dir, "loss.png", Charts.curves("loss", series, k -> k.endsWith("loss")), "Loss"));
        sections.add(figure(dir, "metrics.png", Charts.curves("metrics", series, k -> !k.endsWith("loss")),
                "Metrics"));
        sections.add(figure(dir, "network.png", NetworkDiagram.draw(content.model(), 640, 360),
                "Network: blue edges positive, orange negative, width proportional to |weight|"));
        if (content.x().size(1) == 2) {
            sections.add(boundaries(dir, content));
        }
        StringBuilder findings = new StringBuilder();
        for (String f : content.findings()) {
            findings.append("<li>").append(escape(f)).append("</li>\n");
        }
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(content.title())
                + "</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}figure{display:inline-block;"
                + "margin:.5em}img{border:1px solid #ccc}pre{background:#f6f6f6;padding:1em}.units img{width:120px}"
                + "</style></head><body>\n<h1>" + escape(content.title()) + "</h1>\n<pre>"
                + escape(content.model().summaryText()) + "</pre>\n" + String.join("\n", sections)
                + "\n<h2>Diagnosis</h2>\n<ul>\n"
                + (findings.length() == 0 ? "<li>No findings: nothing stands in the way of learning.</li>\n" : findings)
                + "</ul>\n</body></html>\n";
        Path file = dir.resolve("report.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static String boundaries(Path dir, Content c) throws IOException {
        DecisionBoundary boundary = new DecisionBoundary(c.x(), BOUNDARY_PIXELS);
        List<List<BufferedImage>> images = boundary.render(c.model());
        int last = images.size() - 1;
        StringBuilder sb = new StringBuilder("<h2>Decision boundaries</h2>\n");
        BufferedImage output = images.get(last).get(0);
        var act = c.model().layers().get(last).activation();
        double lo = Double.isFinite(act.lowerBound()) ? act.lowerBound() : c.y().minNumber().doubleValue();
        double hi = Double.isFinite(act.upperBound()) ? act.upperBound() : c.y().maxNumber().doubleValue();
        boundary.drawData(output, c.x(), c.y(), lo, hi);
        sb.append(figure(dir, "boundary-output.png", output, "Output (rings: training data by label)"));
        for (int l = 0; l < last; l++) {
            sb.append("<div class=\"units\"><h3>Layer ").append(l).append(" (")
                    .append(escape(c.model().layerNames().get(l))).append(")</h3>\n");
            for (int u = 0; u < images.get(l).size(); u++) {
                sb.append(figure(dir, "boundary-" + l + "-" + u + ".png", images.get(l).get(u), "unit " + u));
            }
            sb.append("</div>\n");
        }
        return sb.toString();
    }

    private static String figure(Path dir, String name, BufferedImage image, String caption) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.write(dir.resolve(name), png.toByteArray());
        return "<figure><img alt=\"" + escape(caption) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"><figcaption>" + escape(caption)
                + "</figcaption></figure>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
