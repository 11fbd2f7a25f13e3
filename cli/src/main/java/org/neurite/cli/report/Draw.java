package org.neurite.cli.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Java2D helpers shared by the report's pictures: a white antialiased canvas and centred or vertical text. */
final class Draw {
    private Draw() {
    }

    static Graphics2D canvas(BufferedImage img) {
        return canvas(img, true);
    }

    /** Antialiased graphics on {@code img}, first painted white when {@code clear}. */
    static Graphics2D canvas(BufferedImage img, boolean clear) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (clear) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
        }
        return g;
    }

    static void centred(Graphics2D g, String text, int x, int baseline) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    /** Text rotated a quarter turn anticlockwise, centred on (x, y), for y-axis titles. */
    static void vertical(Graphics2D g, String text, int x, int y) {
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x, y);
        centred(g, text, x, y);
        g.setTransform(saved);
    }
}
