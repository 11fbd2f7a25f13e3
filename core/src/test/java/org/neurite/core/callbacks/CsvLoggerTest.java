package org.neurite.core.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.core.History;
import org.neurite.core.Sequential;

class CsvLoggerTest {
    @TempDir
    Path dir;

    @Test
    void writesAHeaderOfSortedKeysAndOneRowPerEpochEqualToTheHistory() throws IOException {
        Path file = dir.resolve("log.csv");
        History h = Scripted.model().fit(Scripted.x(), Scripted.y(), Scripted.options(3,
                new CsvLogger(CsvLogger.Config.defaults(file))).withValidationSplit(0.34));
        List<String> lines = Files.readAllLines(file);
        assertEquals("epoch,accuracy,loss,val_accuracy,val_loss", lines.get(0));
        assertEquals(4, lines.size());
        for (int e = 0; e < 3; e++) {
            String[] f = lines.get(e + 1).split(",");
            assertEquals(String.valueOf(e), f[0]);
            assertEquals(h.get("accuracy").get(e), Double.parseDouble(f[1]));
            assertEquals(h.get("loss").get(e), Double.parseDouble(f[2]));
            assertEquals(h.get("val_loss").get(e), Double.parseDouble(f[4]));
        }
    }

    @Test
    void appendAddsRowsWithoutASecondHeaderAndOverwriteStartsAfresh() throws IOException {
        Path file = dir.resolve("log.csv");
        Sequential model = Scripted.model();
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(2, new CsvLogger(CsvLogger.Config.defaults(file)
                .withSeparator(";"))));
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(4, new CsvLogger(CsvLogger.Config.defaults(file)
                .withSeparator(";").withAppend(true))).withInitialEpoch(2));
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("epoch;accuracy;loss", "0", "1", "2", "3"),
                lines.stream().map(l -> l.startsWith("epoch") ? l : l.split(";")[0]).toList());
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(1, new CsvLogger(CsvLogger.Config.defaults(file))));
        assertEquals(2, Files.readAllLines(file).size());
    }
}
