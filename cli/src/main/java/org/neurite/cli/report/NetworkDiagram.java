package org.neurite.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Sequential;

/** The network drawn as Playground does: units in columns, edges blue (positive) or orange (negative), width ∝ |w|. */
final class NetworkDiagram {
    private NetworkDiagram() {
    }

    static BufferedImage draw(Sequential model, int width, int height) {
        List<INDArray> weights = model.getWeights();
        int layers = model.layers().size();
        int[] sizes = new int[layers + 1];
        sizes[0] = model.inputWidth();
        for (int l = 0; l < layers; l++) {
            sizes[l + 1] = model.layers().get(l).units();
        }
        double maxAbs = 1e-12;
        for (INDArray w : weights) {
            maxAbs = Math.max(maxAbs, w.amaxNumber().doubleValue());
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int kernel = 0;
        for (int l = 0; l < layers; l++) {
            INDArray w = weights.get(kernel);
            for (int i = 0; i < sizes[l]; i++) {
                for (int o = 0; o < sizes[l + 1]; o++) {
                    double v = w.getDouble(i, o);
                    g.setColor(v >= 0 ? Palette.HIGH : Palette.LOW);
                    g.setStroke(new BasicStroke((float) (0.5 + 5 * Math.abs(v) / maxAbs)));
                    int[] a = node(l, i, sizes, width, height);
                    int[] b = node(l + 1, o, sizes, width, height);
                    g.drawLine(a[0], a[1], b[0], b[1]);
                }
            }
            kernel += model.layers().get(l).useBias() ? 2 : 1;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int c = 0; c <= layers; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                int[] p = node(c, i, sizes, width, height);
                g.setColor(Color.DARK_GRAY);
                g.fillOval(p[0] - 9, p[1] - 9, 18, 18);
            }
            String label = c == 0 ? "input" : model.layers().get(c - 1).activation().name();
            g.drawString(label, column(c, layers, width) - 15, height - 8);
        }
        g.dispose();
        return img;
    }

    private static int column(int c, int layers, int width) {
        return (int) (40 + (width - 80) * (double) c / Math.max(1, layers));
    }

    private static int[] node(int c, int i, int[] sizes, int width, int height) {
        int x = column(c, sizes.length - 1, width);
        int y = (int) (30 + (height - 70) * (i + 0.5) / sizes[c]);
        return new int[] {x, y};
    }
}
