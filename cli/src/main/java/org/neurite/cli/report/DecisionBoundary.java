package org.neurite.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Sequential;

/**
 * For a model with 2 inputs, the value of every unit (hidden and output) over a square of the input plane, as
 * TensorFlow Playground draws it. The square spans the data's range plus a quarter on each side, in the raw
 * units of the two input columns (the model may see them transformed, e.g. standardized).
 */
public final class DecisionBoundary {
    private final int pixels;
    private final double lo1;
    private final double hi1;
    private final double lo2;
    private final double hi2;

    /** A square of {@code pixels}² covering the range of the two columns of {@code x}. */
    public DecisionBoundary(INDArray x, int pixels) {
        if (x.rank() != 2 || x.size(1) != 2) {
            throw new IllegalArgumentException("DecisionBoundary needs 2 input columns; received shape "
                    + java.util.Arrays.toString(x.shape()));
        }
        this.pixels = pixels;
        double[] r1 = range(x.getColumn(0));
        double[] r2 = range(x.getColumn(1));
        lo1 = r1[0];
        hi1 = r1[1];
        lo2 = r2[0];
        hi2 = r2[1];
    }

    private static double[] range(INDArray column) {
        double min = column.minNumber().doubleValue();
        double max = column.maxNumber().doubleValue();
        double span = max > min ? max - min : 1;
        return new double[] {min - span / 4, max + span / 4};
    }

    int pixels() {
        return pixels;
    }

    /** The input range drawn: {lo1, hi1, lo2, hi2}. */
    double[] bounds() {
        return new double[] {lo1, hi1, lo2, hi2};
    }

    /** The pixel (column, row) where input (x1, x2) is drawn. */
    public int[] pixelOf(double x1, double x2) {
        int i = (int) Math.floor((x1 - lo1) / (hi1 - lo1) * pixels);
        int j = (int) Math.floor((hi2 - x2) / (hi2 - lo2) * pixels);
        return new int[] {Math.max(0, Math.min(pixels - 1, i)), Math.max(0, Math.min(pixels - 1, j))};
    }

    /** Every unit's value at every pixel: element [l][u][j * pixels + i] is unit u of layer l at pixel (i, j). */
    public double[][][] values(Sequential model, UnaryOperator<INDArray> inputs) {
        double[][] grid = new double[pixels * pixels][2];
        for (int j = 0; j < pixels; j++) {
            for (int i = 0; i < pixels; i++) {
                grid[j * pixels + i][0] = lo1 + (i + 0.5) / pixels * (hi1 - lo1);
                grid[j * pixels + i][1] = hi2 - (j + 0.5) / pixels * (hi2 - lo2);
            }
        }
        INDArray raw = Nd4j.createFromArray(grid).castTo(model.dataType() == null ? DataType.FLOAT : model.dataType());
        List<INDArray> outputs = model.layerOutputs(inputs.apply(raw));
        double[][][] values = new double[outputs.size()][][];
        for (int l = 0; l < outputs.size(); l++) {
            INDArray out = outputs.get(l);
            values[l] = new double[(int) out.size(1)][];
            for (int u = 0; u < out.size(1); u++) {
                values[l][u] = out.getColumn(u).dup().toDoubleVector();
            }
        }
        return values;
    }

    /** The diverging scale of a layer: its activation's bound when finite, else its largest |value| drawn. */
    static double scale(Activation activation, double[][] layer) {
        double bound = Math.max(Math.abs(activation.lowerBound()), Math.abs(activation.upperBound()));
        if (Double.isFinite(bound)) {
            return bound;
        }
        double max = 0;
        for (double[] unit : layer) {
            for (double v : unit) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max > 0 ? max : 1;
    }

    /** A field in the diverging colours: white where the value is {@code centre}, full colour at ±scale. */
    BufferedImage diverging(double[] values, double centre, double scale) {
        BufferedImage img = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < values.length; p++) {
            img.setRGB(p % pixels, p / pixels, Palette.diverging(values[p] - centre, scale).getRGB());
        }
        return img;
    }

    /**
     * The predicted class at every pixel in its class colour, shaded by confidence: white where the top
     * probability is 1/K (no preference), full colour where it is 1.
     */
    BufferedImage classes(double[][] units) {
        int k = units.length;
        BufferedImage img = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < pixels * pixels; p++) {
            int best = 0;
            for (int u = 1; u < k; u++) {
                best = units[u][p] > units[best][p] ? u : best;
            }
            double confidence = (units[best][p] - 1.0 / k) / (1 - 1.0 / k);
            img.setRGB(p % pixels, p / pixels, Palette.category(best, 0.25 + 0.75 * confidence).getRGB());
        }
        return img;
    }

    /** Draws each data row as a dot filled with its colour and ringed in white, as Playground does. */
    void drawPoints(BufferedImage img, INDArray x, Color[] fills) {
        Graphics2D g = Draw.canvas(img, false);
        g.setStroke(new BasicStroke(1.5f));
        int r = Math.max(3, pixels / 48);
        for (int row = 0; row < x.size(0); row++) {
            int[] p = pixelOf(x.getDouble(row, 0), x.getDouble(row, 1));
            g.setColor(fills[row]);
            g.fillOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
            g.setColor(Color.WHITE);
            g.drawOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
        }
        g.dispose();
    }
}
