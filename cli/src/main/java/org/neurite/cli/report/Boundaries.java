package org.neurite.cli.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Activation;
import org.neurite.core.Sequential;

/**
 * The decision-boundary pictures of a 2-input model: the output (one framed plot per output unit, or one of the
 * predicted class for a multi-class model) and a small tile per hidden unit on its layer's diverging scale, with
 * the units that output 0 on every training row marked dead.
 *
 * @param outputs the framed output plots
 * @param hidden per hidden layer, one tile per unit
 * @param scales per hidden layer, the value drawn in full colour (white is 0)
 */
public record Boundaries(List<Figure> outputs, List<List<Figure>> hidden, List<Double> scales) {
    /** Hidden-unit tiles are this many pixels square. */
    public static final int TILE = 100;
    /** The end of a dead unit's caption. */
    public static final String DEAD = " · dead";

    /** The pictures for {@code c}'s model; {@code pixels} is the output plot's side. */
    public static Boundaries of(Content c, int pixels) {
        return of(c, pixels, TILE);
    }

    /** The pictures with hidden-unit tiles of {@code tile} pixels (the live page draws smaller, faster ones). */
    public static Boundaries of(Content c, int pixels, int tile) {
        Sequential model = c.model();
        DecisionBoundary big = new DecisionBoundary(c.x(), pixels);
        double[][][] values = big.values(model, c.inputs());
        int last = values.length - 1;
        List<Figure> outputs = outputs(c, big, values[last]);
        DecisionBoundary small = new DecisionBoundary(c.x(), tile);
        double[][][] tiles = small.values(model, c.inputs());
        boolean[][] dead = deadUnits(model, c.inputs().apply(c.x()));
        List<List<Figure>> hidden = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (int l = 0; l < last; l++) {
            Activation act = model.layers().get(l).activation();
            double scale = DecisionBoundary.scale(act, tiles[l]);
            List<Figure> layer = new ArrayList<>();
            for (int u = 0; u < tiles[l].length; u++) {
                layer.add(new Figure("boundary-" + l + "-" + u + ".png", small.diverging(tiles[l][u], 0, scale),
                        "unit " + u + (dead[l][u] ? DEAD : "")));
            }
            hidden.add(layer);
            scales.add(scale);
        }
        return new Boundaries(outputs, hidden, scales);
    }

    private static List<Figure> outputs(Content c, DecisionBoundary b, double[][] out) {
        List<Figure> figures = new ArrayList<>();
        List<String> names = c.featureNames();
        if (c.kind() == OutputKind.MULTICLASS) {
            BufferedImage field = b.classes(out);
            b.drawPoints(field, c.x(), BoundaryPlot.pointColours(c.trueClasses(), true, 0, 1));
            List<String> classes = new ArrayList<>();
            List<String> legend = new ArrayList<>();
            for (int k = 0; k < out.length; k++) {
                classes.add(c.className(k));
                legend.add(Palette.categoryName(k) + ": " + c.className(k));
            }
            figures.add(new Figure("boundary-output.png", BoundaryPlot.withLegend(field, b, names, classes),
                    "Predicted class (" + String.join(", ", legend) + "), fainter where the model is less sure; "
                            + "dots: training rows by true class"));
            return figures;
        }
        for (int u = 0; u < out.length; u++) {
            double[] labels = c.y().getColumn(u).dup().toDoubleVector();
            boolean binary = c.kind() == OutputKind.BINARY;
            double centre = binary ? 0.5 : 0;
            double scale = binary ? 0.5 : maxAbs(labels, out[u]);
            BufferedImage field = b.diverging(out[u], centre, scale);
            Color[] colours = BoundaryPlot.pointColours(labels, false, centre, scale);
            b.drawPoints(field, c.x(), colours);
            String title = out.length == 1 ? "output" : "output " + u;
            figures.add(new Figure(u == 0 ? "boundary-output.png" : "boundary-output-" + u + ".png",
                    BoundaryPlot.withColourBar(field, b, names, centre, scale, title),
                    (binary ? "Output " + (out.length == 1 ? "" : u + " ") + "(white: 0.5, the decision threshold)"
                            : "Output " + (out.length == 1 ? "" : u + " ") + "(white: 0)")
                            + "; dots: training rows by label"));
        }
        return figures;
    }

    private static double maxAbs(double[] a, double[] b) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        for (double v : b) {
            m = Math.max(m, Math.abs(v));
        }
        return m > 0 ? m : 1;
    }

    /** [l][u]: hidden unit u of layer l outputs 0 (|a| ≤ 1e-9) on every row of {@code inputs}. */
    public static boolean[][] deadUnits(Sequential model, INDArray inputs) {
        List<INDArray> outputs = model.layerOutputs(inputs);
        boolean[][] dead = new boolean[outputs.size()][];
        for (int l = 0; l < outputs.size(); l++) {
            INDArray a = outputs.get(l);
            dead[l] = new boolean[(int) a.size(1)];
            for (int u = 0; u < a.size(1); u++) {
                dead[l][u] = l < outputs.size() - 1 && a.getColumn(u).amaxNumber().doubleValue() <= 1e-9;
            }
        }
        return dead;
    }
}
