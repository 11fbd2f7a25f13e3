package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {
    @Test
    void roundTripsThroughTheSidecarNextToTheModel(@TempDir Path dir) throws Exception {
        Schema schema = new Schema(List.of("a", "b", "kind"), List.of("a", "b"), List.of("kind"),
                List.of("x", "y"), "SPARSE", new double[] {1.5, -2}, new double[] {0.5, 3});
        Path model = dir.resolve("m.zip");
        schema.save(model);
        assertEquals(dir.resolve("m.zip.schema.json"), Schema.fileOf(model));
        Schema back = Schema.load(model);
        assertEquals(schema.columns(), back.columns());
        assertEquals(schema.classes(), back.classes());
        assertEquals(Grading.SPARSE, back.gradingValue());
        assertArrayEquals(new double[] {1.5, -2}, back.standardizer().mean());
        assertArrayEquals(new double[] {0.5, 3}, back.standardizer().std());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aModelWithoutSidecarHasNoSchemaAndADamagedSidecarIsAUsageError(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m.zip");
        assertNull(Schema.load(model));
        Files.writeString(Schema.fileOf(model), "{not json");
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> Schema.load(model));
        assertTrue(e.getMessage().contains("m.zip.schema.json") && e.getMessage().contains("re-save"), e.getMessage());
    }
}
