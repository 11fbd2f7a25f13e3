package org.neurite.cli.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A decision-boundary field framed for reading: x and y axes with round ticks and the input columns' names,
 * and on the right either a colour bar (what white and the full colours mean) or a legend of the classes.
 */
final class BoundaryPlot {
    private static final int LEFT = 58;
    private static final int TOP = 14;
    private static final int BOTTOM = 46;
    private static final int RIGHT = 120;

    private BoundaryPlot() {
    }

    /** The field with a vertical colour bar from {@code centre - scale} (orange) to {@code centre + scale} (blue). */
    static BufferedImage withColourBar(BufferedImage field, DecisionBoundary b, List<String> names, double centre,
                                       double scale, String title) {
        BufferedImage img = frame(field, b, names);
        Graphics2D g = Draw.canvas(img, false);
        int x = LEFT + field.getWidth() + 24;
        int h = field.getHeight();
        for (int j = 0; j < h; j++) {
            g.setColor(Palette.diverging(scale * (1 - 2.0 * j / (h - 1)), scale));
            g.fillRect(x, TOP + j, 16, 1);
        }
        g.setColor(Palette.TEXT);
        g.drawRect(x, TOP, 16, h - 1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(Ticks.significant(centre + scale), x + 22, TOP + 10);
        g.drawString(Ticks.significant(centre), x + 22, TOP + h / 2 + 4);
        g.drawString(Ticks.significant(centre - scale), x + 22, TOP + h - 2);
        Draw.vertical(g, title, x + 86, TOP + h / 2);
        g.dispose();
        return img;
    }

    /** The field with a legend: one swatch per class with its name. */
    static BufferedImage withLegend(BufferedImage field, DecisionBoundary b, List<String> names, List<String> classes) {
        BufferedImage img = frame(field, b, names);
        Graphics2D g = Draw.canvas(img, false);
        int x = LEFT + field.getWidth() + 18;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int k = 0; k < classes.size(); k++) {
            int y = TOP + 4 + 20 * k;
            g.setColor(Palette.category(k));
            g.fillRect(x, y, 14, 14);
            g.setColor(Palette.TEXT);
            g.drawString(classes.get(k), x + 20, y + 12);
        }
        g.dispose();
        return img;
    }

    private static BufferedImage frame(BufferedImage field, DecisionBoundary b, List<String> names) {
        int w = field.getWidth();
        int h = field.getHeight();
        BufferedImage img = new BufferedImage(LEFT + w + RIGHT, TOP + h + BOTTOM, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Draw.canvas(img);
        g.drawImage(field, LEFT, TOP, null);
        g.setColor(Palette.TEXT);
        g.drawRect(LEFT, TOP, w - 1, h - 1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        double[] r = b.bounds();
        for (double t : Ticks.within(r[0], r[1], 5)) {
            int px = LEFT + (int) Math.round((t - r[0]) / (r[1] - r[0]) * w);
            g.drawLine(px, TOP + h, px, TOP + h + 4);
            Draw.centred(g, Ticks.label(t), px, TOP + h + 16);
        }
        for (double t : Ticks.within(r[2], r[3], 5)) {
            int py = TOP + (int) Math.round((r[3] - t) / (r[3] - r[2]) * h);
            g.drawLine(LEFT - 4, py, LEFT, py);
            String label = Ticks.label(t);
            g.drawString(label, LEFT - 7 - g.getFontMetrics().stringWidth(label), py + 4);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        Draw.centred(g, names.get(0), LEFT + w / 2, TOP + h + 36);
        Draw.vertical(g, names.get(1), 12, TOP + h / 2);
        g.dispose();
        return img;
    }

    /** The colour of every data row: its true class, or its label on the diverging scale. */
    static Color[] pointColours(double[] labels, boolean classes, double centre, double scale) {
        Color[] c = new Color[labels.length];
        for (int r = 0; r < labels.length; r++) {
            c[r] = classes ? Palette.category((int) Math.round(labels[r]))
                    : Palette.diverging(labels[r] - centre, scale);
        }
        return c;
    }
}
