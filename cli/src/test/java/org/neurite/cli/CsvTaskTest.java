package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.shade.jackson.databind.JsonNode;

class CsvTaskTest {
    /** Three blobs in two columns measured in thousands, labelled by colour name, in class order (as iris is). */
    static Path blobs(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("width_mm,height_mm,colour\n");
        Random random = new Random(7);
        String[] names = {"red", "green", "blue"};
        double[][] centres = {{1000, 1000}, {1400, 1000}, {1000, 1400}};
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 30; i++) {
                sb.append(String.format(Locale.ROOT, "%.1f,%.1f,%s%n", centres[k][0] + 40 * random.nextGaussian(),
                        centres[k][1] + 40 * random.nextGaussian(), names[k]));
            }
        }
        return Files.writeString(dir.resolve("blobs.csv"), sb.toString());
    }

    /** y = 2a - b + 0.5 exactly: a regression task. */
    static Path linear(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("a,b,y\n");
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            double a = random.nextDouble() * 2 - 1;
            double b = random.nextDouble() * 2 - 1;
            sb.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f%n", a, b, 2 * a - b + 0.5));
        }
        return Files.writeString(dir.resolve("linear.csv"), sb.toString());
    }

    @Test
    void textClassLabelsBecomeSortedClassIndicesAndHeaderNamesAreKept(@TempDir Path dir) throws IOException {
        Task task = CsvTask.load(blobs(dir), "colour");
        assertEquals(List.of("blue", "green", "red"), task.classes());
        assertEquals(List.of("width_mm", "height_mm"), task.featureNames());
        assertEquals(List.of("colour"), task.labelNames());
        assertEquals(2.0, task.data().labels().getDouble(0, 0), "the first row is red, class 2");
        assertEquals(1000, task.data().features().getDouble(0, 0), 200);
    }

    @Test
    void aThreeClassTextCsvTrainsASoftmaxByDefaultAndPrintsClassNames(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--task", "csv:" + blobs(dir), "--label", "colour", "--standardize",
                "--epochs", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 softmax") && run.out().contains("sparse_categorical_crossentropy"), run.out());
        assertTrue(run.out().contains("width_mm height_mm | colour"), run.out());
        assertTrue(run.out().contains("| red ✓"), run.out());
        assertTrue(run.out().contains("sparse_categorical_accuracy 1.0000"), run.out());
    }

    @Test
    void aValidationSplitHoldsOutShuffledRowsAndReportsTheirScores(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--task", "csv:" + blobs(dir), "--label", "colour", "--standardize",
                "--validation-split", "0.2", "--epochs", "100", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertTrue(json.get("validation").get("val_sparse_categorical_accuracy").asDouble() > 0.9, run.out());
        CliRun text = CliRun.of("train", "--task", "csv:" + blobs(dir), "--label", "colour", "--validation-split",
                "0.2", "--epochs", "3");
        assertTrue(text.out().contains("90 rows (72 training, 18 validation)"), text.out());
    }

    @Test
    void aRegressionCsvIsGradedByErrorsWithoutAccuracyOrAFalseOutputRangeFinding(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--task", "csv:" + linear(dir), "--label", "y", "--layers", "1:linear",
                "--epochs", "300", "--lr", "0.05", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals("regression", json.get("grading").asText());
        assertTrue(json.get("metrics").has("mae") && json.get("metrics").has("mse"), run.out());
        assertFalse(json.get("metrics").toString().contains("accuracy"), run.out());
        assertFalse(json.get("findings").has("OUTPUT_RANGE"), run.out());
        assertTrue(json.get("metrics").get("mae").asDouble() < 0.05, run.out());
    }

    @Test
    void anUnknownLabelColumnListsTheColumns(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--task", "csv:" + blobs(dir), "--label", "color");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'color'") && run.err().contains("width_mm, height_mm, colour"), run.err());
    }

    @Test
    void aTooNarrowSoftmaxIsOneLineNamingTheClassCount(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "--task", "csv:" + blobs(dir), "--label", "colour", "--layers",
                "4:tanh,2:softmax");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("3 classes") && run.err().contains("3:softmax"), run.err());
    }
}
