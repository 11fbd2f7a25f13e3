package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.shade.jackson.databind.JsonNode;

class SweepCommandTest {
    @Test
    void jsonReportsEverySeedTheSuccessRateAndTheFindingsOfFailures() throws Exception {
        CliRun run = CliRun.of("sweep", "--layers", "2:relu,1:sigmoid", "--seeds", "12", "--epochs", "300",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(12, json.get("runs").size());
        int reached = 0;
        for (JsonNode r : json.get("runs")) {
            reached += r.get("reached").asBoolean() ? 1 : 0;
            if (!r.get("reached").asBoolean()) {
                assertTrue(r.get("findings").size() > 0, "a failing seed carries findings: " + r);
            }
        }
        assertEquals(reached / 12.0, json.get("success_rate").asDouble(), 1e-12);
        assertTrue(reached < 12, "2-2-1 ReLU fails on some seeds: " + run.out());
    }

    @Test
    void theTableNamesSuccessRateMedianEpochsAndTheRootCausesInWords() {
        CliRun run = CliRun.of("sweep", "--layers", "1:sigmoid", "--seeds", "3", "--epochs", "100");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("success rate") && run.out().contains("0% (0/3)"), run.out());
        assertTrue(run.out().contains("median epochs to goal"), run.out());
        assertTrue(run.out().contains("on 3 of 3 failing seeds the root cause is LINEARLY_INSEPARABLE"), run.out());
    }

    @Test
    void theSameSeedsGiveTheSameReport() {
        String[] args = {"sweep", "--layers", "2:relu,1:sigmoid", "--seeds", "6", "--epochs", "100", "--json"};
        assertEquals(CliRun.of(args).out(), CliRun.of(args).out());
    }

    @Test
    void rejectsAZeroSeedCount() {
        CliRun run = CliRun.of("sweep", "--seeds", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--seeds"), run.err());
    }

    @Test
    void aClassificationCsvIsSweptAgainstAnAccuracyGoal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path csv = CsvTaskTest.blobs(dir);
        CliRun run = CliRun.of("sweep", "--task", "csv:" + csv, "--label", "colour", "--standardize", "--seeds", "2",
                "--epochs", "60", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertTrue(json.get("goal").asText().contains("sparse_categorical_accuracy"), run.out());
        assertTrue(json.get("goal").asText().contains("0.95"), run.out());
    }
}
