package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The real Keras files in the project's shared fixtures ({@code shared/fixtures/keras} beside the repository,
 * read in place, never copied), their inputs and expected outputs, and the comparison their README gives.
 */
public final class KerasFixtures {
    private KerasFixtures() {
    }

    /** The fixtures folder: {@code -Dneurite.kerasFixtures}, else the nearest {@code shared/fixtures/keras} upward. */
    public static Path dir() {
        String given = System.getProperty("neurite.kerasFixtures");
        if (given != null) {
            return Path.of(given);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/fixtures/keras");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/fixtures/keras not found above " + Path.of("").toAbsolutePath()
                + "; CI places shared/ beside the repository.");
    }

    /** A file of the fixtures folder, e.g. {@code written-by-keras/xor_2-4-1_adam.keras}. */
    public static Path file(String name) {
        return dir().resolve(name);
    }

    /** The inputs of {@code <base>.inputs.csv} as float32 rows (they were rounded to float32). */
    public static INDArray inputs(String base) {
        return Nd4j.createFromArray(csv(base + ".inputs.csv")).castTo(DataType.FLOAT);
    }

    public static double[][] expected(String base) {
        return csv(base + ".expected.csv");
    }

    private static double[][] csv(String name) {
        try {
            List<String> lines = Files.readAllLines(file(name));
            List<double[]> rows = new ArrayList<>();
            for (String line : lines) {
                if (line.isBlank() || Character.isLetter(line.trim().charAt(0))) {
                    continue;
                }
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Double.parseDouble(cells[i].trim());
                }
                rows.add(row);
            }
            return rows.toArray(new double[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's rule: |got − expected| ≤ 1e-5 · max(|expected|, max |expected| of the column) + 1e-6. */
    public static void assertClose(double[][] expected, INDArray got) {
        assertEquals(expected.length, got.rows(), "rows");
        assertEquals(expected[0].length, got.columns(), "columns");
        for (int c = 0; c < expected[0].length; c++) {
            double columnMax = 0;
            for (double[] row : expected) {
                columnMax = Math.max(columnMax, Math.abs(row[c]));
            }
            for (int r = 0; r < expected.length; r++) {
                double e = expected[r][c];
                double g = got.getDouble(r, c);
                double tolerance = 1e-5 * Math.max(Math.abs(e), columnMax) + 1e-6;
                assertTrue(Math.abs(g - e) <= tolerance, "row " + r + " column " + c + ": got " + g + ", expected "
                        + e + " (tolerance " + tolerance + ")");
            }
        }
    }
}
