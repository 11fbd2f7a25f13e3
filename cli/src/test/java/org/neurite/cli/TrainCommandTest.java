package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.shade.jackson.databind.DeserializationFeature;
import org.nd4j.shade.jackson.databind.JsonNode;

class TrainCommandTest {
    @Test
    void theDefaultRunLearnsXorAndPrintsTheTruthTable() {
        CliRun run = CliRun.of("train");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("4/4 rows predicted correctly"), run.out());
        assertTrue(run.out().contains("accuracy 1.0000"), run.out());
        assertTrue(run.out().contains("Diagnosis: no findings."), run.out());
        assertTrue(run.out().contains("target") && run.out().contains("predicted"), run.out());
    }

    @Test
    void jsonIsOneObjectWithTheDocumentedFieldsAndNothingElse() throws Exception {
        CliRun run = CliRun.of("train", "--json", "--epochs", "300");
        assertEquals(0, run.exitCode(), run.err());
        // One object and nothing else on stdout: no progress line before it, no second value after it.
        String out = run.out().strip();
        assertTrue(out.startsWith("{") && out.endsWith("}"), run.out());
        JsonNode json = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
        assertEquals(List.of("task", "features", "labels", "layers", "optimizer", "loss_function", "grading", "seed",
                "epochs_run", "final_loss", "metrics", "validation", "predictions", "primary_cause", "findings"),
                fieldNames(json));
        assertEquals(List.of("units", "activation", "use_bias"), fieldNames(json.get("layers").get(0)));
        assertEquals(List.of("input", "target", "output", "predicted", "correct"),
                fieldNames(json.get("predictions").get(0)));
        assertEquals("xor", json.get("task").asText());
        assertEquals(2, json.get("layers").size());
        assertEquals("tanh", json.get("layers").get(0).get("activation").asText());
        assertEquals(300, json.get("epochs_run").asInt());
        assertTrue(json.get("final_loss").asDouble() >= 0);
        assertTrue(json.get("metrics").has("binary_accuracy"), json.get("metrics")::toString);
        assertEquals(4, json.get("predictions").size());
        JsonNode row = json.get("predictions").get(1);
        assertEquals(2, row.get("input").size());
        assertEquals(1.0, row.get("target").get(0).asDouble());
        assertTrue(json.get("findings").isObject());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void storyOneTheNoBiasIdentityNetIsDiagnosedNoBias() throws Exception {
        CliRun run = CliRun.of("train", "--task", "identity:1", "--layers", "1:sigmoid,1:sigmoid", "--no-bias",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertTrue(json.get("findings").has("NO_BIAS"), run.out());
    }

    @Test
    void saveAndReportWriteTheirFiles(@TempDir Path dir) {
        Path model = dir.resolve("xor.zip");
        Path report = dir.resolve("report");
        CliRun run = CliRun.of("train", "--epochs", "50", "--save", model.toString(), "--report", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(model));
        assertTrue(Files.isRegularFile(report.resolve("report.html")));
        assertTrue(Files.isRegularFile(report.resolve("boundary-output.png")));
    }

    @Test
    void identityTwoTrainsTwoSigmoidOutputsByDefaultAndGradesEachBit() {
        CliRun run = CliRun.of("train", "--task", "identity:2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 → 4 tanh → 2 sigmoid"), run.out());
        assertTrue(run.out().contains("x1 x2 | y1 y2 |"), run.out());
        assertTrue(run.out().contains("binary_accuracy 1.0000 (4/4 rows predicted correctly)"), run.out());
    }

    @Test
    void aPerfectlyLearnedIdentityIsGradedOneWithEveryRowCorrect() throws Exception {
        CliRun run = CliRun.of("train", "--task", "identity:2", "--layers", "4:tanh,2:sigmoid", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(1.0, json.get("metrics").get("binary_accuracy").asDouble());
        assertFalse(json.get("metrics").has("categorical_accuracy"));
        for (JsonNode row : json.get("predictions")) {
            assertTrue(row.get("correct").asBoolean(), row.toString());
            assertEquals(row.get("target").get(0).asInt(), row.get("predicted").get(0).asInt(), row.toString());
            assertEquals(row.get("target").get(1).asInt(), row.get("predicted").get(1).asInt(), row.toString());
        }
    }

    @Test
    void anOutputLayerOfTheWrongWidthIsOneLineSayingHowToEndTheLayers() {
        CliRun run = CliRun.of("train", "--task", "identity:2", "--layers", "4:tanh,1:sigmoid");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2 label columns (y1, y2)") && run.err().contains("2:sigmoid"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void liveWithJsonPrintsTheAddressOnStderrKeepsStdoutJsonAndStopsServingAtTheEnd() throws Exception {
        CliRun run = CliRun.of("train", "--live", "--no-live-wait", "--json", "--epochs", "50");
        assertEquals(0, run.exitCode(), run.err());
        Json.mapper().readTree(run.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Live page: http://127\\.0\\.0\\.1:(\\d+)/")
                .matcher(run.err());
        assertTrue(m.find(), run.err());
        int port = Integer.parseInt(m.group(1));
        org.junit.jupiter.api.Assertions.assertThrows(java.net.ConnectException.class,
                () -> new java.net.Socket("127.0.0.1", port).close(), "the server stopped with training");
    }

    @Test
    void liveKeepWithoutLiveIsAUsageError() {
        CliRun run = CliRun.of("train", "--live-keep");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--live"), run.err());
    }

    @Test
    void noLiveWaitWithoutLiveIsAUsageError() {
        CliRun run = CliRun.of("train", "--no-live-wait");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("add --live"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
