package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    /** Every record as "field|field|..." followed by "@line:column" of each field. */
    static List<String> records(String text, char delimiter) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text), Path.of("t.csv"), delimiter)) {
            while (reader.next()) {
                StringBuilder record = new StringBuilder();
                for (int i = 0; i < reader.fieldCount(); i++) {
                    record.append(i == 0 ? "" : "|").append(reader.field(i)).append('@').append(reader.place(i));
                }
                out.add(record.toString());
            }
        }
        return out;
    }

    @Test
    void splitsFieldsAndRecordsOnLfCrlfAndCr() throws IOException {
        assertEquals(List.of("a@1:1|b@1:3", "c@2:1|d@2:3", "e@3:1|f@3:3", "g@4:1|@4:3"),
                records("a,b\nc,d\r\ne,f\rg,", ','));
    }

    @Test
    void unquotesDoubledQuotesDelimitersAndLineBreaks() throws IOException {
        assertEquals(List.of("x;y@1:1|say \"hi\"@1:7", "z\nz@2:1|w@3:4"),
                records("\"x;y\";\"say \"\"hi\"\"\"\n\"z\nz\";w\n", ';'));
    }

    @Test
    void skipsBlankLinesAndALeadingByteOrderMark() throws IOException {
        assertEquals(List.of("a@1:1", "b@4:1"), records("\uFEFFa\n\n\r\nb\n\n", ','));
    }

    @Test
    void anEmptyInputHasNoRecords() throws IOException {
        assertTrue(records("", ',').isEmpty());
        assertFalse(new CsvReader(new StringReader("\n\n"), Path.of("t"), ',').next());
    }

    @Test
    void readsRecordsOfMoreFieldsThanItFirstMakesRoomFor() throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String sep = i == 0 ? "" : ",";
            int column = text.length() + sep.length() + 1;
            expected.append(i == 0 ? "" : "|").append("f").append(i).append("@1:").append(column);
            text.append(sep).append("f").append(i);
        }
        assertEquals(List.of(expected.toString()), records(text + "\n", ','));
    }

    @Test
    void closingTheReaderClosesWhatItReads() throws IOException {
        boolean[] closed = {false};
        CsvReader reader = new CsvReader(new StringReader("a\n") {
            @Override
            public void close() {
                closed[0] = true;
            }
        }, Path.of("t.csv"), ',');
        reader.close();
        assertTrue(closed[0]);
    }
}
