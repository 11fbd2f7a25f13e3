package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nd4j.shade.jackson.databind.JsonNode;

class DatasetTasksTest {
    @Test
    void circleTrainsOnFiveHundredPlaygroundPointsWithTheDefaultModel() {
        CliRun run = CliRun.of("train", "--task", "circle", "--layers", "8:tanh,1:sigmoid", "--epochs", "60");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Task circle: 500 rows; model 2 → 8 tanh → 1 sigmoid"), run.out());
        assertFalse(run.out().contains("Test set"), run.out());
    }

    @Test
    void blobsTakeTheirClassCountAndTrainASoftmaxOnOneHotLabels() throws Exception {
        CliRun run = CliRun.of("train", "--task", "blobs:3", "--layers", "8:tanh,3:softmax", "--epochs", "30",
                "--samples", "90", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(90, json.get("predictions").size());
        assertEquals(3, json.get("predictions").get(0).get("target").size());
    }

    @Test
    void aBadShapeNameIsOneUsageLine() {
        CliRun run = CliRun.of("train", "--task", "blobs:many");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("neurite: --task: Playground: name=blobs:many needs a number of classes"),
                run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void fashionMnistTrainsOnTheTrainingSetAndPrintsTheTestSetEvaluation() throws Exception {
        requireDebiansFashionMnist();
        CliRun run = CliRun.of("train", "--task", "fashion-mnist", "--samples", "2000", "--layers",
                "32:relu,10:softmax", "--lr", "0.001", "--epochs", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Task fashion-mnist: 2000 rows; model 784 → 32 relu → 10 softmax"), run.out());
        assertFalse(run.out().contains("pixel1"), "no 784-column table: " + run.out());
        assertTrue(run.out().matches("(?s).*\nTest set \\(10000 rows\\): loss \\d\\.\\d{4}, categorical_accuracy "
                + "0\\.\\d{4}\n.*"), run.out());
        CliRun json = CliRun.of("train", "--task", "fashion-mnist", "--samples", "500", "--layers",
                "10:softmax", "--lr", "0.001", "--epochs", "1", "--json");
        JsonNode test = Json.mapper().readTree(json.out()).get("test");
        assertTrue(test.get("categorical_accuracy").asDouble() > 0.1, json.out());
    }

    private static void requireDebiansFashionMnist() {
        boolean present = Files.isRegularFile(Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("/usr/share/datasets/fashion-mnist is missing under CI: .ci/run must install dataset-fashion-mnist");
        }
        Assumptions.assumeTrue(present, "apt-get install dataset-fashion-mnist to run this test");
    }
}
