package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.Diagnosis;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.optimizers.Adam;

class BoundariesTest {
    /** A 2-2-1 ReLU model whose hidden unit 0 has weights (-1, -1) and bias -3: z < 0 on all of the picture. */
    static Sequential withDeadUnit() {
        Sequential model = new Sequential(new Dense(2, Activation.RELU), new Dense(1, Activation.SIGMOID));
        model.compile(new Adam(0.01), Loss.BINARY_CROSSENTROPY, Metric.BINARY_ACCURACY);
        model.build(2, 1);
        INDArray kernel = Nd4j.createFromArray(new float[][] {{-1, 1}, {-1, 1}});
        INDArray bias = Nd4j.createFromArray(new float[] {-3, 0.5f});
        INDArray out = Nd4j.createFromArray(new float[][] {{1}, {2}});
        model.setWeights(List.of(kernel, bias, out, Nd4j.createFromArray(new float[] {-1})));
        return model;
    }

    /** Three blobs of 20 rows around (0,0), (3,0), (0,3), class indices in one column, and a trained softmax. */
    static Content threeClasses() {
        Random random = new Random(5);
        float[][] x = new float[60][2];
        float[][] y = new float[60][1];
        double[][] centres = {{0, 0}, {3, 0}, {0, 3}};
        for (int r = 0; r < 60; r++) {
            int k = r / 20;
            x[r][0] = (float) (centres[k][0] + 0.4 * random.nextGaussian());
            x[r][1] = (float) (centres[k][1] + 0.4 * random.nextGaussian());
            y[r][0] = k;
        }
        INDArray xs = Nd4j.createFromArray(x);
        INDArray ys = Nd4j.createFromArray(y);
        Sequential model = new Sequential(new Dense(8, Activation.TANH), new Dense(3, Activation.SOFTMAX));
        model.compile(new Adam(0.05), Loss.of("sparse_categorical_crossentropy"), Metric.SPARSE_CATEGORICAL_ACCURACY);
        History h = model.fit(xs, ys, FitOptions.defaults().withEpochs(100).withBatchSize(20).withSeed(1).withVerbose(0));
        assertEquals(1.0, model.evaluate(xs, ys).get("sparse_categorical_accuracy"));
        return new Content("test", Map.of(), Map.of(), Diagnosis.empty(), change -> null, model, a -> a, xs, ys,
                List.of("a", "b"), List.of("north", "east", "origin"), OutputKind.MULTICLASS, h);
    }

    @Test
    void aDeadUnitsTileIsWhiteAndCaptionedDeadWhileALiveUnitIsColoured() {
        Sequential model = withDeadUnit();
        Boundaries b = Boundaries.of(Content.of("t", model, ReportWriterTest.X, ReportWriterTest.Y, new History(),
                Diagnosis.empty()), 60);
        Figure dead = b.hidden().get(0).get(0);
        Figure live = b.hidden().get(0).get(1);
        assertTrue(dead.caption().contains("dead"), dead.caption());
        assertFalse(live.caption().contains("dead"), live.caption());
        assertEquals(1.0, whiteShare(dead.image()), 1e-12, "every pixel of the dead tile is white");
        assertTrue(whiteShare(live.image()) < 0.5, "the live unit is coloured");
    }

    @Test
    void aThreeClassBoundaryShowsThreeClassColoursAndALegend() {
        Boundaries b = Boundaries.of(threeClasses(), 120);
        assertEquals(1, b.outputs().size());
        BufferedImage img = b.outputs().get(0).image();
        int[] counts = classPixels(img, 3);
        for (int k = 0; k < 3; k++) {
            assertTrue(counts[k] > 500, "class " + k + " covers " + counts[k] + " pixels");
        }
    }

    @Test
    void theXorOutputFieldIsBlueAtTheOneCornersAndOrangeAtTheZeroCorners() {
        Sequential model = ReportWriterTest.trainedXor(new History[1]);
        DecisionBoundary boundary = new DecisionBoundary(ReportWriterTest.X, 80);
        BufferedImage field = boundary.diverging(boundary.values(model, a -> a)[1][0], 0.5, 0.5);
        for (int r = 0; r < 4; r++) {
            int[] p = boundary.pixelOf(ReportWriterTest.X.getDouble(r, 0), ReportWriterTest.X.getDouble(r, 1));
            Color c = new Color(field.getRGB(p[0], p[1]));
            assertEquals(ReportWriterTest.Y.getDouble(r, 0) == 1.0, c.getBlue() > c.getRed(), "corner " + r + " " + c);
        }
    }

    /** The share of pixels with every channel at least 250. */
    static double whiteShare(BufferedImage img) {
        int white = 0;
        for (int j = 0; j < img.getHeight(); j++) {
            for (int i = 0; i < img.getWidth(); i++) {
                Color c = new Color(img.getRGB(i, j));
                white += c.getRed() >= 250 && c.getGreen() >= 250 && c.getBlue() >= 250 ? 1 : 0;
            }
        }
        return white / (double) (img.getWidth() * img.getHeight());
    }

    /** Pixels per class whose colour is a shade of that class's colour (a mix of white and it). */
    static int[] classPixels(BufferedImage img, int classes) {
        int[] counts = new int[classes];
        for (int j = 0; j < img.getHeight(); j++) {
            for (int i = 0; i < img.getWidth(); i++) {
                Color c = new Color(img.getRGB(i, j));
                for (int k = 0; k < classes; k++) {
                    if (shadeOf(c, Palette.category(k))) {
                        counts[k]++;
                    }
                }
            }
        }
        return counts;
    }

    /** Whether {@code c} = white + t (target - white) for one t in [0.2, 1] on every channel (±6). */
    static boolean shadeOf(Color c, Color target) {
        double t = (255 - c.getRed() + 255 - c.getGreen() + 255 - c.getBlue())
                / (double) (255 - target.getRed() + 255 - target.getGreen() + 255 - target.getBlue());
        if (t < 0.2 || t > 1.05) {
            return false;
        }
        Color expected = Palette.mix(Color.WHITE, target, t);
        return Math.abs(expected.getRed() - c.getRed()) <= 6 && Math.abs(expected.getGreen() - c.getGreen()) <= 6
                && Math.abs(expected.getBlue() - c.getBlue()) <= 6;
    }
}
