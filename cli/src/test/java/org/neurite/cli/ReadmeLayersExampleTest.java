package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the programs of the README's layers section, exactly as written there. */
class ReadmeLayersExampleTest {
    @Test
    void theLayersProgramTrainsAndCountsNonTrainableWeights(@TempDir Path dir) throws Exception {
        String printed = ReadmePrograms.run(ReadmePrograms.source("LayersExample"), dir);
        assertTrue(printed.contains("Total params: 261\nTrainable params: 193\nNon-trainable params: 68"), printed);
        Matcher accuracy = Pattern.compile("val_binary_accuracy (\\d\\.\\d+)").matcher(printed);
        assertTrue(accuracy.find(), printed);
        assertTrue(Double.parseDouble(accuracy.group(1)) > 0.85, printed);
    }

    @Test
    void theCustomLayerProgramPassesItsGradientCheck(@TempDir Path dir) throws Exception {
        String printed = ReadmePrograms.run(ReadmePrograms.source("ScaleExample"), dir);
        assertTrue(printed.startsWith("Gradient check passed"), printed);
        assertTrue(printed.contains("scale/gamma"), printed);
    }
}
