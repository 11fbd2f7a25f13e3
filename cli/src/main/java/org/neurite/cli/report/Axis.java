package org.neurite.cli.report;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** A linear or logarithmic axis from data values to pixels, with round ticks and their labels. */
final class Axis {
    private final double lo;
    private final double hi;
    private final int from;
    private final int to;
    private final boolean log;
    private final List<Double> ticks;

    private Axis(double lo, double hi, int from, int to, boolean log, List<Double> ticks) {
        this.lo = lo;
        this.hi = hi;
        this.from = from;
        this.to = to;
        this.log = log;
        this.ticks = ticks;
    }

    /** Values [lo, hi] widened to round ticks, drawn from pixel {@code from} to {@code to}. */
    static Axis linear(double lo, double hi, int from, int to, int count) {
        double span = hi > lo ? hi - lo : Math.max(1, Math.abs(lo));
        double step = Ticks.step(span / count);
        double a = Math.floor(lo / step + 1e-9) * step;
        double b = Math.ceil(hi / step - 1e-9) * step;
        b = b > a ? b : a + step;
        return new Axis(a, b, from, to, false, Ticks.within(a, b, count));
    }

    /** A log axis over whole decades around [lo, hi] (both > 0), ticks at 1, 2, 5 × 10ⁿ when few decades. */
    static Axis log(double lo, double hi, int from, int to) {
        double a = Math.floor(Math.log10(lo));
        double b = Math.max(a + 1, Math.ceil(Math.log10(hi)));
        List<Double> ticks = new ArrayList<>();
        double[] mantissas = b - a <= 2 ? new double[] {1, 2, 5} : new double[] {1};
        int every = (int) Math.ceil((b - a) / 8);
        for (int e = (int) a; e <= b; e++) {
            for (double m : mantissas) {
                if ((e - (int) a) % every == 0 && m * Math.pow(10, e) <= Math.pow(10, b) * (1 + 1e-9)) {
                    ticks.add(m * Math.pow(10, e));
                }
            }
        }
        return new Axis(Math.pow(10, a), Math.pow(10, b), from, to, true, ticks);
    }

    double pixel(double v) {
        double t = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
        return from + t * (to - from);
    }

    List<Double> ticks() {
        return ticks;
    }

    /** Grid lines across [a, b] (the other axis's pixels) with tick labels; {@code vertical} for an x axis. */
    void drawGrid(Graphics2D g, int a, int b, boolean vertical) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double t : ticks) {
            int p = (int) Math.round(pixel(t));
            g.setColor(Palette.GRID);
            g.setStroke(new BasicStroke(1f));
            String label = Ticks.label(t);
            if (vertical) {
                g.drawLine(p, a, p, b);
                g.setColor(Palette.TEXT);
                Draw.centred(g, label, p, b + 16);
            } else {
                g.drawLine(a, p, b, p);
                g.setColor(Palette.TEXT);
                g.drawString(label, a - 6 - g.getFontMetrics().stringWidth(label), p + 4);
            }
        }
    }
}
