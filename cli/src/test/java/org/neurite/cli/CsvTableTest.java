package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @Test
    void readsQuotedFieldsSkipsBlankLinesAndFindsColumnsByNameOrIndex(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), "\uFEFFsize, \"name, full\"\n1.5,\"say \"\"hi\"\"\"\n\n-2,b\n");
        CsvTable t = CsvTable.read(file, true, "--task");
        assertEquals(2, t.rows().size());
        assertEquals("name, full", t.header()[1]);
        assertEquals("say \"hi\"", t.text(0, 1));
        assertEquals(-2.0, t.number(1, 0, "--task"));
        assertEquals(1, t.column("name, full"));
        assertEquals(1, t.column("-1"));
        assertEquals(-1, t.column("nope"));
    }

    @Test
    void aRaggedRowOrABadNumberNamesTheFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path ragged = Files.writeString(dir.resolve("r.csv"), "a,b\n1,2\n3\n");
        UsageException e = assertThrows(UsageException.class, () -> CsvTable.read(ragged, true, "--task"));
        assertTrue(e.getMessage().contains("r.csv:3") && e.getMessage().contains("1 fields"), e.getMessage());
        CsvTable t = CsvTable.read(Files.writeString(dir.resolve("n.csv"), "a,b\n1,NaN\n"), true, "--input");
        UsageException bad = assertThrows(UsageException.class, () -> t.number(0, 1, "--input"));
        assertTrue(bad.getMessage().contains("n.csv:2") && bad.getMessage().contains("(\"b\")"), bad.getMessage());
    }
}
