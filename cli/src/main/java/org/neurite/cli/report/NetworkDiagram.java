package org.neurite.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Sequential;

/**
 * The network drawn as Playground draws it: units in columns, edges blue (positive weight) or orange (negative)
 * with a width on an absolute scale ({@link #width}: the same weight is the same width in every report, so a
 * 1e-7 weight is a hairline), a legend of that scale, dead units drawn hollow and labelled "dead", the inputs
 * labelled with the feature names and, for a multi-class model, the output units with their class names.
 */
final class NetworkDiagram {
    /** Weights at or above this magnitude get the widest stroke. */
    static final double WIDEST = 3.0;
    /** Pixels below the units for the legend. */
    static final int LEGEND = 44;

    private NetworkDiagram() {
    }

    /** The stroke width for a weight: 0.25 px at 0, growing by 2 px per unit of |w|, capped at |w| = 3. */
    static float width(double w) {
        return (float) (0.25 + 2 * Math.min(Math.abs(w), WIDEST));
    }

    /** The diagram; {@code outputNames} labels the output units (empty: no labels), as {@code inputNames} the inputs. */
    static BufferedImage draw(Sequential model, List<String> inputNames, List<String> outputNames, boolean[][] dead,
                              int width, int height) {
        List<INDArray> weights = model.getWeights();
        int layers = model.layers().size();
        int[] sizes = new int[layers + 1];
        sizes[0] = model.inputWidth();
        for (int l = 0; l < layers; l++) {
            sizes[l + 1] = model.layers().get(l).units();
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Draw.canvas(img);
        int plot = height - LEGEND;
        int kernel = 0;
        for (int l = 0; l < layers; l++) {
            INDArray w = weights.get(kernel);
            for (int i = 0; i < sizes[l]; i++) {
                for (int o = 0; o < sizes[l + 1]; o++) {
                    double v = w.getDouble(i, o);
                    g.setColor(v >= 0 ? Palette.HIGH : Palette.LOW);
                    g.setStroke(new BasicStroke(width(v)));
                    int[] a = node(l, i, sizes, width, plot);
                    int[] b = node(l + 1, o, sizes, width, plot);
                    g.drawLine(a[0], a[1], b[0], b[1]);
                }
            }
            kernel += model.layers().get(l).useBias() ? 2 : 1;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int c = 0; c <= layers; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                int[] p = node(c, i, sizes, width, plot);
                boolean off = c > 0 && c < layers && dead[c - 1][i];
                g.setColor(off ? Color.WHITE : Palette.TEXT);
                g.fillOval(p[0] - 9, p[1] - 9, 18, 18);
                g.setColor(Palette.TEXT);
                g.setStroke(new BasicStroke(1.5f));
                g.drawOval(p[0] - 9, p[1] - 9, 18, 18);
                if (off) {
                    g.drawString("dead", p[0] + 12, p[1] + 4);
                }
                if (c == 0 && i < inputNames.size()) {
                    String name = inputNames.get(i);
                    g.drawString(name, Math.max(2, p[0] - 12 - g.getFontMetrics().stringWidth(name)), p[1] + 4);
                }
                if (c == layers && i < outputNames.size()) {
                    g.drawString(fitted(g, outputNames.get(i), width - p[0] - 14), p[0] + 12, p[1] + 4);
                }
            }
            String label = c == 0 ? "input" : model.layers().get(c - 1).units() + " " + model.layers().get(c - 1)
                    .activation().name();
            Draw.centred(g, label, column(c, layers, width), plot - 4);
        }
        legend(g, width, height);
        g.dispose();
        return img;
    }

    private static void legend(Graphics2D g, int width, int height) {
        int y = height - 18;
        int x = 16;
        g.setColor(Palette.TEXT);
        g.drawString("|weight|:", x, y + 4);
        x += 62;
        for (double w : new double[] {0.01, 0.5, 1, 2, WIDEST}) {
            g.setColor(Palette.HIGH);
            g.setStroke(new BasicStroke(width(w)));
            g.drawLine(x, y, x + 30, y);
            g.setColor(Palette.TEXT);
            String label = (w == WIDEST ? "≥ " : "") + Ticks.label(w);
            g.drawString(label, x + 36, y + 4);
            x += 48 + g.getFontMetrics().stringWidth(label);
        }
        g.setColor(Palette.HIGH);
        g.drawString("blue positive,", x, y + 4);
        x += g.getFontMetrics().stringWidth("blue positive, ");
        g.setColor(Palette.LOW);
        g.drawString("orange negative", x, y + 4);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Palette.GRID);
        g.drawLine(0, height - LEGEND + 6, width, height - LEGEND + 6);
    }

    /** {@code text}, cut and ended with "…" where it is wider than {@code room} pixels. */
    static String fitted(Graphics2D g, String text, int room) {
        if (g.getFontMetrics().stringWidth(text) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && g.getFontMetrics().stringWidth(cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static int column(int c, int layers, int width) {
        return (int) (80 + (width - 160) * (double) c / Math.max(1, layers));
    }

    /** The centre of unit {@code i} of column {@code c} (0: the inputs) in a drawing {@code height} px high above the legend. */
    static int[] node(int c, int i, int[] sizes, int width, int height) {
        int x = column(c, sizes.length - 1, width);
        int y = (int) (16 + (height - 40) * (i + 0.5) / sizes[c]);
        return new int[] {x, y};
    }
}
