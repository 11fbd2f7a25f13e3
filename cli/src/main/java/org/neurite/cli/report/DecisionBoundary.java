package org.neurite.cli.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Sequential;

/**
 * For a model with 2 inputs, the value of every unit (hidden and output) over the input square, drawn as
 * TensorFlow Playground draws it. The square spans the data's range plus a quarter on each side; the
 * output image also shows the data as rings coloured by label (their centres show the field).
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

    /** The pixel (column, row) where input (x1, x2) is drawn. */
    public int[] pixelOf(double x1, double x2) {
        int i = (int) Math.floor((x1 - lo1) / (hi1 - lo1) * pixels);
        int j = (int) Math.floor((hi2 - x2) / (hi2 - lo2) * pixels);
        return new int[] {Math.max(0, Math.min(pixels - 1, i)), Math.max(0, Math.min(pixels - 1, j))};
    }

    /** One image per layer and unit: element [l][u] is unit u of layer l. */
    public List<List<BufferedImage>> render(Sequential model) {
        INDArray grid = Nd4j.create(DataType.DOUBLE, (long) pixels * pixels, 2);
        for (int j = 0; j < pixels; j++) {
            for (int i = 0; i < pixels; i++) {
                grid.putScalar(new long[] {(long) j * pixels + i, 0}, lo1 + (i + 0.5) / pixels * (hi1 - lo1));
                grid.putScalar(new long[] {(long) j * pixels + i, 1}, hi2 - (j + 0.5) / pixels * (hi2 - lo2));
            }
        }
        List<INDArray> outputs = model.layerOutputs(grid);
        List<List<BufferedImage>> images = new ArrayList<>();
        for (int l = 0; l < outputs.size(); l++) {
            Activation act = model.layers().get(l).activation();
            INDArray out = outputs.get(l);
            List<BufferedImage> layer = new ArrayList<>();
            for (int u = 0; u < out.size(1); u++) {
                layer.add(field(out.getColumn(u), act));
            }
            images.add(layer);
        }
        return images;
    }

    private BufferedImage field(INDArray values, Activation act) {
        double lo = Double.isFinite(act.lowerBound()) ? act.lowerBound() : values.minNumber().doubleValue();
        double hi = Double.isFinite(act.upperBound()) ? act.upperBound() : values.maxNumber().doubleValue();
        double span = hi > lo ? hi - lo : 1;
        BufferedImage img = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < pixels; j++) {
            for (int i = 0; i < pixels; i++) {
                double v = values.getDouble((long) j * pixels + i);
                img.setRGB(i, j, Palette.of((v - lo) / span).getRGB());
            }
        }
        return img;
    }

    /** Draws each data row as a ring coloured by its label (scaled by the label range {@code [lo, hi]}). */
    public void drawData(BufferedImage img, INDArray x, INDArray y, double lo, double hi) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(2.5f));
        int r = Math.max(4, pixels / 30);
        for (int row = 0; row < x.size(0); row++) {
            int[] p = pixelOf(x.getDouble(row, 0), x.getDouble(row, 1));
            double label = y.getDouble(row, 0);
            g.setColor(Palette.of((label - lo) / (hi > lo ? hi - lo : 1)).darker());
            g.drawOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
        }
        g.dispose();
    }
}
