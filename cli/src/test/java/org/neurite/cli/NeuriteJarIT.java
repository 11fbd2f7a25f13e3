package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.shade.jackson.databind.JsonNode;

/** End to end: the packaged jar run as a separate process, as a user runs it. */
class NeuriteJarIT {
    record Result(int exitCode, String out, String err) {
    }

    static Result neurite(Path dir, String stdin, String... args) throws Exception {
        String jar = System.getProperty("neurite.jar");
        assertTrue(jar != null && new File(jar).isFile(), "neurite.jar not built: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0", "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "neurite did not finish");
        return new Result(p.exitValue(), out, Files.readString(err));
    }

    @Test
    void theDefaultTrainRunReachesFullAccuracyOnXor(@TempDir Path dir) throws Exception {
        Result r = neurite(dir, null, "train");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("4/4 rows predicted correctly"), r.out());
        assertTrue(r.out().contains("accuracy 1.0000"), r.out());
    }

    @Test
    void jsonOutputParsesAndCarriesTheFields(@TempDir Path dir) throws Exception {
        Result r = neurite(dir, null, "train", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        for (String field : new String[] {"task", "layers", "epochs_run", "final_loss", "metrics", "predictions",
                "findings"}) {
            assertTrue(json.has(field), field + " missing in " + r.out());
        }
        assertEquals(1.0, json.get("metrics").get("binary_accuracy").asDouble());
    }

    @Test
    void storyOneFromTheShellReportsNoBias(@TempDir Path dir) throws Exception {
        Result r = neurite(dir, null, "train", "--task", "identity:1", "--layers", "1:sigmoid,1:sigmoid", "--no-bias");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("NO_BIAS"), r.out());
    }

    @Test
    void storyTwoFromTheShellReportsLinearInseparability(@TempDir Path dir) throws Exception {
        Result r = neurite(dir, null, "train", "--layers", "1:sigmoid", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Json.mapper().readTree(r.out()).get("findings").has("LINEARLY_INSEPARABLE"), r.out());
    }

    @Test
    void storyThreeFromTheShellTwoReluUnitsFailMoreOftenThanFiveAndSayWhy(@TempDir Path dir) throws Exception {
        Result narrow = neurite(dir, null, "sweep", "--layers", "2:relu,1:sigmoid", "--seeds", "30", "--epochs",
                "300", "--json");
        Result wide = neurite(dir, null, "sweep", "--layers", "5:relu,1:sigmoid", "--seeds", "30", "--epochs",
                "300", "--json");
        assertEquals(0, narrow.exitCode(), narrow.err());
        assertEquals(0, wide.exitCode(), wide.err());
        JsonNode n = Json.mapper().readTree(narrow.out());
        JsonNode w = Json.mapper().readTree(wide.out());
        assertTrue(n.get("success_rate").asDouble() < w.get("success_rate").asDouble(),
                "2-2-1 " + n.get("success_rate") + " vs 2-5-1 " + w.get("success_rate"));
        for (JsonNode run : n.get("runs")) {
            if (!run.get("reached").asBoolean()) {
                JsonNode findings = run.get("findings");
                assertTrue(findings.has("DEAD_UNITS") || findings.has("PLATEAU"), run.toString());
            }
        }
    }

    @Test
    void aSavedModelPredictsTheSameValuesThroughPredict(@TempDir Path dir) throws Exception {
        Result train = neurite(dir, null, "train", "--json", "--save", "xor.zip");
        assertEquals(0, train.exitCode(), train.err());
        JsonNode rows = Json.mapper().readTree(train.out()).get("predictions");
        Result predict = neurite(dir, "0,0\n0,1\n1,0\n1,1\n", "predict", "--model", "xor.zip");
        assertEquals(0, predict.exitCode(), predict.err());
        List<String> lines = predict.out().strip().lines().toList();
        assertEquals(4, lines.size(), predict.out());
        for (int r = 0; r < 4; r++) {
            double expected = rows.get(r).get("output").get(0).asDouble();
            assertEquals(expected, Double.parseDouble(lines.get(r)), 1e-6, "row " + r);
        }
    }

    @Test
    void aBadOptionExitsWith2AndOneLine(@TempDir Path dir) throws Exception {
        Result r = neurite(dir, null, "train", "--layers", "4:tanh,one:sigmoid");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'one:sigmoid'"), r.err());
    }
}
