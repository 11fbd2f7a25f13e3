package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.optimizers.Adam;

class ReportWriterTest {
    static final INDArray X = Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    static final INDArray Y = Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}});

    static Sequential trainedXor(History[] history) {
        Sequential model = new Sequential(new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        history[0] = model.fit(X, Y, FitOptions.defaults().withEpochs(500).withBatchSize(4).withSeed(42).withVerbose(0));
        assertEquals(1.0, model.evaluate(X, Y).get("binary_accuracy"));
        return model;
    }

    @Test
    void writesTheHtmlAndEveryPngAtItsSize(@TempDir Path dir) throws Exception {
        History[] history = new History[1];
        Sequential model = trainedXor(history);
        Path html = ReportWriter.write(dir, new ReportWriter.Content("xor", model, X, Y, history[0], List.of()));
        String page = Files.readString(html);
        assertTrue(page.contains("<img") && !page.contains("http://") && !page.contains("https://"));
        assertPng(dir.resolve("loss.png"), 640, 360);
        assertPng(dir.resolve("metrics.png"), 640, 360);
        assertPng(dir.resolve("network.png"), 640, 360);
        int px = ReportWriter.BOUNDARY_PIXELS;
        assertPng(dir.resolve("boundary-output.png"), px, px);
        for (int u = 0; u < 4; u++) {
            assertPng(dir.resolve("boundary-0-" + u + ".png"), px, px);
        }
        assertFalse(Files.exists(dir.resolve("boundary-0-4.png")));
    }

    @Test
    void theDecisionBoundaryOfATrainedXorModelSeparatesTheFourCorners(@TempDir Path dir) throws Exception {
        Sequential model = trainedXor(new History[1]);
        ReportWriter.write(dir, new ReportWriter.Content("xor", model, X, Y, new History(), List.of()));
        BufferedImage output = ImageIO.read(dir.resolve("boundary-output.png").toFile());
        DecisionBoundary boundary = new DecisionBoundary(X, ReportWriter.BOUNDARY_PIXELS);
        for (int r = 0; r < 4; r++) {
            int[] p = boundary.pixelOf(X.getDouble(r, 0), X.getDouble(r, 1));
            Color c = new Color(output.getRGB(p[0], p[1]));
            boolean blue = c.getBlue() > c.getRed();
            assertEquals(Y.getDouble(r, 0) == 1.0, blue, "corner " + r + " colour " + c);
        }
    }

    @Test
    void theOutputFieldOfAnUntrainedConstantModelIsUniform() {
        Sequential model = new Sequential(new Dense(1, Activation.SIGMOID)
                .withKernelInitializer(org.neurite.core.Initializer.ZEROS));
        model.build(2);
        BufferedImage img = new DecisionBoundary(X, 40).render(model).get(0).get(0);
        int first = img.getRGB(0, 0);
        for (int j = 0; j < 40; j++) {
            for (int i = 0; i < 40; i++) {
                assertEquals(first, img.getRGB(i, j));
            }
        }
    }

    private static void assertPng(Path file, int width, int height) throws Exception {
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(width, img.getWidth(), file.toString());
        assertEquals(height, img.getHeight(), file.toString());
    }
}
