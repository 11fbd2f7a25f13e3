package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.neurite.core.io.KerasFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Sequential;

class PredictCommandTest {
    @Test
    void writesOneCsvRowOfOutputsPerInputRowEqualToTheModelsPredictions(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("xor.zip");
        assertEquals(0, CliRun.of("train", "--epochs", "100", "--save", model.toString()).exitCode());
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "a,b\n0,0\n0,1\n1,0\n1,1\n0.5,0.25\n");
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--input", input.toString(), "--header");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        INDArray x = Nd4j.createFromArray(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5f, 0.25f}});
        INDArray expected = Sequential.load(model).predict(x);
        assertEquals(5, lines.size());
        for (int r = 0; r < 5; r++) {
            assertEquals(expected.getFloat(r, 0), Float.parseFloat(lines.get(r)), "row " + r);
        }
    }

    @Test
    void aRowOfTheWrongWidthOrABadCellIsOneLineWithExitCode2(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("xor.zip");
        assertEquals(0, CliRun.of("train", "--epochs", "5", "--save", model.toString()).exitCode());
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "0,0,1\n");
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--input", wide.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("3 columns") && run.err().contains("takes 2"), run.err());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "0,zero\n");
        CliRun badRun = CliRun.of("predict", "--model", model.toString(), "--input", bad.toString());
        assertEquals(2, badRun.exitCode(), badRun.err());
        assertTrue(badRun.err().contains("bad.csv:1:") && badRun.err().contains("zero"), badRun.err());
    }

    @Test
    void aDamagedModelFileIsOneLineWithExitCode2(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("broken.zip");
        Files.write(model, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--input", model.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("broken.zip"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }


    /** A file of the shared Keras fixtures, read in place beside the repository. */
    static Path kerasFixture(String name) {
        return KerasFixtures.file(name);
    }

    @Test
    void predictsWithAKerasFileAsKerasDid(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "0,0\n0,1\n1,0\n1,1\n");
        CliRun run = CliRun.of("predict", "--model", kerasFixture("written-by-keras/xor_2-4-1_adam.keras").toString(),
                "--input", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        List<String> expected = Files.readAllLines(kerasFixture("written-by-keras/xor_2-4-1_adam.expected.csv"));
        for (int r = 0; r < 4; r++) {
            double e = Double.parseDouble(expected.get(r + 1));
            assertEquals(e, Double.parseDouble(lines.get(r)), 1e-5 * Math.max(Math.abs(e), 0.997) + 1e-6, "row " + r);
        }
    }

    @Test
    void aKerasModelWithALayerNeuriteLacksIsOneLineNamingIt() {
        CliRun run = CliRun.of("predict", "--model", kerasFixture("lstm_keras2.3.0-tf_functional.h5").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("UNSUPPORTED: layer LSTM (lstm"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void theTrainingCsvItselfPredictsTheSameOutputsAsTrainWithClassNamesAndStandardizing(@TempDir Path dir)
            throws Exception {
        Path csv = CsvTaskTest.blobs(dir);
        Path model = dir.resolve("blobs.zip");
        CliRun train = CliRun.of("train", "--task", "csv:" + csv, "--label", "colour", "--standardize", "--epochs",
                "100", "--json", "--save", model.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.isRegularFile(Schema.fileOf(model)));
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--input", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        var rows = Json.mapper().readTree(train.out()).get("predictions");
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(rows.size(), lines.size());
        for (int r = 0; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            assertEquals(4, cells.length, lines.get(r));
            for (int c = 0; c < 3; c++) {
                assertFalse(cells[c].contains("E"), "plain decimals: " + lines.get(r));
                assertEquals(rows.get(r).get("output").get(c).asDouble(), Double.parseDouble(cells[c]), 1e-6);
            }
            assertEquals(rows.get(r).get("predicted_class").asText(), cells[3]);
        }
    }
}
