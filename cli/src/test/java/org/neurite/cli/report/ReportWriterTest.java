package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Diagnosis;
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
        model.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY, Metric.BINARY_ACCURACY);
        history[0] = model.fit(X, Y, FitOptions.defaults().withEpochs(500).withBatchSize(4).withSeed(42).withVerbose(0));
        assertEquals(1.0, model.evaluate(X, Y).get("binary_accuracy"));
        return model;
    }

    @Test
    void writesTheHtmlAndEveryPngAtItsSize(@TempDir Path dir) throws Exception {
        History[] history = new History[1];
        Sequential model = trainedXor(history);
        Path html = ReportWriter.write(dir, Content.of("neurite train --epochs 500", model, X, Y, history[0],
                Diagnosis.empty()));
        String page = Files.readString(html);
        assertTrue(page.contains("<img") && !page.contains("http://") && !page.contains("https://"));
        assertPng(dir.resolve("loss.png"), 520, 300);
        assertPng(dir.resolve("metrics.png"), 520, 300);
        assertPng(dir.resolve("network.png"), 720, 380);
        int px = ReportWriter.BOUNDARY_PIXELS;
        assertPng(dir.resolve("boundary-output.png"), px + 178, px + 60);
        for (int u = 0; u < 4; u++) {
            assertPng(dir.resolve("boundary-0-" + u + ".png"), Boundaries.TILE, Boundaries.TILE);
        }
        assertTrue(!Files.exists(dir.resolve("boundary-0-4.png")));
    }

    @Test
    void theTopShowsTheCommandAsTypedTheFinalMetricsAndTheDiagnosis(@TempDir Path dir) throws Exception {
        History[] history = new History[1];
        Sequential model = trainedXor(history);
        String page = Files.readString(ReportWriter.write(dir, Content.of("neurite train --task xor --seed 42",
                model, X, Y, history[0], DiagnosisSectionTest.sample())));
        int command = page.indexOf("$ neurite train --task xor --seed 42");
        int metrics = page.indexOf("<b>binary_accuracy</b> 1.0000");
        int diagnosis = page.indexOf("<article class=\"finding error primary\" data-code=\"NO_BIAS\">");
        int curves = page.indexOf("Training curves");
        assertTrue(command > 0 && metrics > command && diagnosis > metrics && curves > diagnosis, page);
    }

    private static void assertPng(Path file, int width, int height) throws Exception {
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(width, img.getWidth(), file.toString());
        assertEquals(height, img.getHeight(), file.toString());
    }
}
