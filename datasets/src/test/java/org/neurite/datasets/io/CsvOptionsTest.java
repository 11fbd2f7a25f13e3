package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvOptionsTest {
    @Test
    void defaultsReadAHeaderAndTakeTheLastColumnAsLabel() {
        CsvOptions o = CsvOptions.defaults();
        assertTrue(o.header());
        assertEquals(',', o.delimiter());
        assertEquals(List.of(-1), o.labelIndices());
        assertTrue(o.labelNames().isEmpty());
    }

    @Test
    void choosingByNameClearsIndicesAndBack() {
        CsvOptions byName = CsvOptions.defaults().withLabelColumns("y");
        assertEquals(List.of("y"), byName.labelNames());
        assertTrue(byName.labelIndices().isEmpty());
        assertEquals(List.of(0), byName.withLabelColumns(0).labelIndices());
    }

    @Test
    void refusesLabelNamesWithoutAHeader() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.defaults().withLabelColumns("y").withHeader(false));
        assertTrue(e.getMessage().contains("need a header row"), e.getMessage());
    }

    @Test
    void refusesAQuoteCrOrLfAsDelimiterShowingIt() {
        String[][] cases = {{"\"", "'\"'"}, {"\n", "'\\n'"}, {"\r", "'\\r'"}};
        for (String[] c : cases) {
            String m = assertThrows(IllegalArgumentException.class,
                    () -> CsvOptions.defaults().withDelimiter(c[0].charAt(0))).getMessage();
            assertTrue(m.contains("received delimiter=" + c[1] + "."), m);
        }
        assertEquals('\t', CsvOptions.defaults().withDelimiter('\t').delimiter());
    }

    @Test
    void refusesNullLabelNamesShowingWhatWasPassed() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.defaults().withLabelColumns((String[]) null)).getMessage();
        assertTrue(m.contains("received null."), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.defaults().withLabelColumns("a", null)).getMessage();
        assertTrue(m.contains("received [a, null]."), m);
    }

    @Test
    void refusesALabelListedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.defaults().withLabelColumns("y", "y"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }
}
