package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.shade.jackson.databind.JsonNode;

class DiagnoseCommandTest {
    @Test
    void aConfigurationThatCannotLearnXorIsDiagnosed() throws Exception {
        CliRun run = CliRun.of("diagnose", "--layers", "1:sigmoid", "--epochs", "100", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertTrue(json.get("findings").has("LINEARLY_INSEPARABLE"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobias.zip", "nobias.keras"})
    void aSavedNoBiasModelIsDiagnosedInEitherFormatAndItsRemediesAreTriedByRetrainingItsArchitecture(String name,
            @TempDir Path dir) throws Exception {
        Path model = dir.resolve(name);
        CliRun train = CliRun.of("train", "--task", "identity:1", "--layers", "1:sigmoid,1:sigmoid", "--no-bias",
                "--epochs", "200", "--no-verify-fixes", "--save", model.toString());
        assertEquals(0, train.exitCode(), train.err());
        CliRun run = CliRun.of("diagnose", "--model", model.toString(), "--task", "identity:1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals("NO_BIAS", json.get("primary_cause").asText(), run.out());
        assertTrue(json.get("trials").asText().contains("seeds 42-51"), run.out());
        JsonNode remedies = json.get("findings").get("NO_BIAS").get(0).get("remedies");
        JsonNode output = remedies.get(0);
        JsonNode hidden = remedies.get(1);
        assertEquals("bias on in layer 'dense_1'", output.get("description").asText(), run.out());
        assertEquals(10, output.get("seeds").asInt(), run.out());
        assertTrue(output.get("trained").asInt() >= 8, "the output layer's bias trains identity: " + output);
        assertEquals("bias on in layer 'dense' only", hidden.get("description").asText(), run.out());
        assertEquals(0, hidden.get("trained").asInt(), "the hidden layer's bias alone does not: " + hidden);
        CliRun text = CliRun.of("diagnose", "--model", model.toString(), "--task", "identity:1");
        assertTrue(text.out().contains("Remedies tried by retraining the saved architecture")
                && text.out().contains("Try bias on in layer 'dense_1': trained on"), text.out());
    }

    @Test
    void withNoVerifyFixesTheRemediesOfASavedModelSayWhyTheyWereNotTried(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("nobias.zip");
        assertEquals(0, CliRun.of("train", "--task", "identity:1", "--layers", "1:sigmoid", "--no-bias", "--epochs",
                "50", "--no-verify-fixes", "--save", model.toString()).exitCode());
        CliRun run = CliRun.of("diagnose", "--model", model.toString(), "--task", "identity:1", "--no-verify-fixes",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode remedy = Json.mapper().readTree(run.out()).get("findings").get("NO_BIAS").get(0).get("remedies")
                .get(0);
        assertEquals(Verification.SWITCHED_OFF, remedy.get("outcome").asText(), run.out());
        assertEquals(Verification.SWITCHED_OFF, Json.mapper().readTree(run.out()).get("trials").asText(), run.out());
        assertTrue(remedy.get("trained") == null, run.out());
    }

    @Test
    void aHealthyModelHasNoFindings(@TempDir Path dir) {
        Path model = dir.resolve("xor.zip");
        assertEquals(0, CliRun.of("train", "--save", model.toString()).exitCode());
        CliRun run = CliRun.of("diagnose", "--model", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no findings"), run.out());
    }

    @Test
    void aModelOfAnotherWidthIsRefusedInOneLine(@TempDir Path dir) {
        Path model = dir.resolve("xor.zip");
        assertEquals(0, CliRun.of("train", "--epochs", "5", "--save", model.toString()).exitCode());
        CliRun run = CliRun.of("diagnose", "--model", model.toString(), "--task", "parity:3");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("takes 2 inputs") && run.err().contains("3 columns"), run.err());
    }

    @Test
    void kerasOwnXorModelIsDiagnosedHealthy() {
        Path keras = PredictCommandTest.kerasFixture("written-by-keras/xor_2-4-1_adam.keras");
        CliRun healthy = CliRun.of("diagnose", "--model", keras.toString(), "--task", "xor");
        assertEquals(0, healthy.exitCode(), healthy.err());
        assertTrue(healthy.out().contains("no findings"), healthy.out());
    }

    @Test
    void anUncompiledKerasModelIsOneLineWithExitCode2() {
        Path keras = PredictCommandTest.kerasFixture("written-by-keras/xor_2-4-1_uncompiled.keras");
        CliRun run = CliRun.of("diagnose", "--model", keras.toString(), "--task", "xor");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("uncompiled"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aSavedModelIsDiagnosedOnInputsStandardizedAsInTraining(@TempDir Path dir) throws Exception {
        Path csv = CsvTaskTest.blobs(dir);
        Path model = dir.resolve("blobs.zip");
        assertEquals(0, CliRun.of("train", "--task", "csv:" + csv, "--label", "colour", "--standardize", "--epochs",
                "100", "--json", "--save", model.toString()).exitCode());
        CliRun run = CliRun.of("diagnose", "--model", model.toString(), "--task", "csv:" + csv, "--label", "colour",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode findings = Json.mapper().readTree(run.out()).get("findings");
        assertEquals(0, findings.size(), "raw inputs in the thousands would saturate every tanh unit: " + findings);
        java.nio.file.Files.delete(Schema.fileOf(model));
        JsonNode raw = Json.mapper().readTree(CliRun.of("diagnose", "--model", model.toString(), "--task",
                "csv:" + csv, "--label", "colour", "--json").out()).get("findings");
        assertTrue(raw.has("SATURATED_UNITS"), "without the schema the same model saturates: " + raw);
    }
}
