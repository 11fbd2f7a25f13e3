package org.neurite.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart over the epochs, drawn with Java2D in the report's style: round ticks (1, 2, 5 × 10ⁿ), a
 * logarithmic y axis for losses (decades, with 2 and 5 in between when the range is short), a legend on top.
 */
final class LineChart {
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 44;

    /** One curve: its name, one value per epoch, its colour, dashed for validation series. */
    record Series(String name, List<Double> values, Color colour, boolean dashed) {
    }

    private LineChart() {
    }

    static BufferedImage draw(String yTitle, List<Series> series, boolean logY, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Draw.canvas(img);
        int epochs = 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            epochs = Math.max(epochs, s.values().size());
            for (double v : s.values()) {
                if (Double.isFinite(v) && (!logY || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo <= hi)) {
            lo = logY ? 0.1 : 0;
            hi = 1;
        }
        Axis x = Axis.linear(0, Math.max(1, epochs), LEFT, width - RIGHT, 6);
        Axis y = logY ? Axis.log(lo, hi, height - BOTTOM, TOP) : Axis.linear(Math.min(0, lo), hi, height - BOTTOM, TOP, 5);
        y.drawGrid(g, LEFT, width - RIGHT, false);
        x.drawGrid(g, TOP, height - BOTTOM, true);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Palette.TEXT);
        Draw.centred(g, "epoch", (LEFT + width - RIGHT) / 2, height - 8);
        Draw.vertical(g, yTitle, 14, (TOP + height - BOTTOM) / 2);
        int legendX = LEFT;
        for (Series s : series) {
            Path2D.Double path = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < s.values().size(); i++) {
                double v = s.values().get(i);
                if (!Double.isFinite(v) || (logY && v <= 0)) {
                    started = false;
                    continue;
                }
                double px = x.pixel(i + 1);
                double py = y.pixel(v);
                if (started) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    started = true;
                }
            }
            g.setColor(s.colour());
            g.setStroke(s.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 4f}, 0f) : new BasicStroke(2f));
            g.draw(path);
            g.drawLine(legendX, 18, legendX + 22, 18);
            g.setColor(Palette.TEXT);
            g.drawString(s.name(), legendX + 28, 22);
            legendX += 40 + g.getFontMetrics().stringWidth(s.name());
        }
        g.dispose();
        return img;
    }

    /** One series per History name passing {@code wanted}; validation series dashed in their training colour. */
    static List<Series> series(java.util.Map<String, List<Double>> history, java.util.function.Predicate<String> wanted) {
        List<Series> out = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (String name : history.keySet()) {
            String base = name.startsWith("val_") ? name.substring(4) : name;
            if (wanted.test(base) && !bases.contains(base)) {
                bases.add(base);
            }
        }
        for (String name : history.keySet()) {
            boolean validation = name.startsWith("val_");
            String base = validation ? name.substring(4) : name;
            if (wanted.test(base)) {
                out.add(new Series(validation ? name + " (held out)" : name, history.get(name),
                        Palette.category(bases.indexOf(base)), validation));
            }
        }
        return out;
    }
}
