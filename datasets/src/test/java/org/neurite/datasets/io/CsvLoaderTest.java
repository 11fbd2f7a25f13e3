package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Dataset;

class CsvLoaderTest {
    @TempDir
    Path dir;

    Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), content, StandardCharsets.UTF_8);
    }

    String failure(String content, CsvOptions options) throws IOException {
        Path f = csv(content);
        return assertThrows(MalformedFileException.class, () -> CsvLoader.load(f, options)).getMessage();
    }

    /** Asserts that loading {@code content} is refused with a message holding {@code part}. */
    void assertRefused(String content, CsvOptions options, String part) throws IOException {
        String m = failure(content, options);
        assertTrue(m.contains(part), m);
    }

    @Test
    void roundTripsRandomValuesWrittenWithTheirShortestDecimalForm() throws IOException {
        Random random = new Random(3);
        int rows = 3000;
        double[] x = new double[rows * 3];
        double[] y = new double[rows];
        StringBuilder text = new StringBuilder("a,b,c,label\n");
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < 3; j++) {
                x[r * 3 + j] = random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4);
                text.append(x[r * 3 + j]).append(',');
            }
            y[r] = random.nextInt(2);
            text.append(y[r]).append(r % 2 == 0 ? "\n" : "\r\n");
        }
        Dataset d = CsvLoader.load(csv(text.toString()), CsvOptions.defaults().withDataType(DataType.DOUBLE));
        assertArrayEquals(new long[] {rows, 3}, d.features().shape());
        assertArrayEquals(x, d.features().data().asDouble());
        assertArrayEquals(y, d.labels().data().asDouble());
    }

    @Test
    void storesFloatByDefaultRoundingEachValueOnce() throws IOException {
        Dataset d = CsvLoader.load(csv("x,y\n0.1,1\n"), CsvOptions.defaults());
        assertEquals(DataType.FLOAT, d.features().dataType());
        assertEquals(0.1f, d.features().getFloat(0, 0));
    }

    @Test
    void choosesLabelColumnsByNameInTheOrderGiven() throws IOException {
        Dataset d = CsvLoader.load(csv("y1,x1,y2,x2\n1,2,3,4\n5,6,7,8\n"),
                CsvOptions.defaults().withLabelColumns("y2", "y1"));
        assertArrayEquals(new double[] {2, 4, 6, 8}, d.features().data().asDouble());
        assertArrayEquals(new double[] {3, 1, 7, 5}, d.labels().data().asDouble());
    }

    @Test
    void choosesLabelColumnsByIndexCountingNegativesFromTheEnd() throws IOException {
        Dataset d = CsvLoader.load(csv("1;2;3\n4;5;6\n"),
                CsvOptions.defaults().withHeader(false).withDelimiter(';').withLabelColumns(0, -1));
        assertArrayEquals(new double[] {2, 5}, d.features().data().asDouble());
        assertArrayEquals(new double[] {1, 3, 4, 6}, d.labels().data().asDouble());
    }

    @Test
    void readsQuotedCellsWithDelimitersAndLineBreaksInTheHeader() throws IOException {
        Dataset d = CsvLoader.load(csv("\"x, first\",\"say \"\"y\"\"\nplease\"\n\" 1.5 \",\"2\"\n"),
                CsvOptions.defaults().withLabelColumns("say \"y\"\nplease"));
        assertEquals(1.5, d.features().getDouble(0, 0));
        assertEquals(2.0, d.labels().getDouble(0, 0));
    }

    @Test
    void loadFeaturesWithoutLabelsKeepsEveryColumn() throws IOException {
        var x = CsvLoader.loadFeatures(csv("a,b\n1,2\n3,4\n"), CsvOptions.defaults().withoutLabels());
        assertArrayEquals(new long[] {2, 2}, x.shape());
        assertThrows(IllegalArgumentException.class,
                () -> CsvLoader.load(dir.resolve("data.csv"), CsvOptions.defaults().withoutLabels()));
    }

    @Test
    void reportsANonNumericCellAsFileLineColumnWithTheTextFound() throws IOException {
        String m = failure("x1,x2,y\n1,2,0\n3,abc,1\n", CsvOptions.defaults());
        assertTrue(m.startsWith(dir.resolve("data.csv") + ":3:3: field 2 (\"x2\") is not a number: found \"abc\""),
                m);
    }

    @Test
    void refusesNumbersJavaWouldParseButCsvDoesNotMean() throws IOException {
        for (String cell : new String[] {"0x1p3", "1f", "Infinity", "1,5"}) {
            String m = failure("x;y\n" + cell + ";1\n", CsvOptions.defaults().withDelimiter(';'));
            assertTrue(m.contains(":2:1: field 1 (\"x\") is not a number: found \"" + cell + "\""), m);
        }
    }

    @Test
    void refusesMissingValuesNamingThePlace() throws IOException {
        for (String cell : new String[] {"", "NA", "nan", " ? "}) {
            String m = failure("x,y\n1,0\n2," + cell + "\n", CsvOptions.defaults());
            assertTrue(m.contains("data.csv:3:3: field 2 (\"y\") is missing (found \"" + cell + "\")"), m);
        }
    }

    @Test
    void refusesRaggedRowsNamingBothFieldCounts() throws IOException {
        assertRefused("x,y\n1,0\n2,0,5\n", CsvOptions.defaults(),
                "data.csv:3:1: this row has 3 fields but the header has 2");
        assertRefused("1,0\n2\n", CsvOptions.defaults().withHeader(false),
                "data.csv:2:1: this row has 1 fields but the first row has 2");
    }

    @Test
    void countsLinesInsideQuotedFieldsForLaterErrors() throws IOException {
        assertRefused("\"x\nx\",y\n1,0\n1,b\n", CsvOptions.defaults(),
                "data.csv:4:3: field 2 (\"y\") is not a number");
    }

    @Test
    void refusesAnUnterminatedQuote() throws IOException {
        assertRefused("x,y\n1,\"0\n", CsvOptions.defaults(),
                "data.csv:2:3: the quoted field starting here has no closing quote");
    }

    @Test
    void refusesTextAfterAClosingQuote() throws IOException {
        assertRefused("x,y\n\"1\"2,0\n", CsvOptions.defaults(),
                "data.csv:2:4: found '2' after the closing quote");
    }

    @Test
    void refusesAnUnknownLabelNameListingTheHeader() throws IOException {
        String m = failure("x,y\n1,0\n", CsvOptions.defaults().withLabelColumns("label"));
        assertTrue(m.contains("no column is named \"label\"; the header has [x, y]"), m);
    }

    @Test
    void refusesAnOutOfRangeLabelIndex() throws IOException {
        assertRefused("x,y\n1,0\n", CsvOptions.defaults().withLabelColumns(2),
                "label column index 2 is outside the file's 2 columns (0..1, or -2..-1 from the end).");
    }

    @Test
    void refusesAFileWithoutDataRows() throws IOException {
        assertRefused("x,y\n", CsvOptions.defaults(),
                "data.csv:1:1: the header here is followed by no data rows");
        assertRefused("", CsvOptions.defaults(),
                "data.csv:1:1: the file holds no records; expected a header row and at least one row of numbers.");
        assertRefused("\n", CsvOptions.defaults().withHeader(false),
                "data.csv:1:1: the file holds no records; expected at least one row of numbers.");
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheFile() throws IOException {
        Path f = Files.write(dir.resolve("latin1.csv"), new byte[] {'x', ',', 'y', '\n', (byte) 0xE9, ',', '1', '\n'});
        String m = assertThrows(MalformedFileException.class, () -> CsvLoader.load(f, CsvOptions.defaults()))
                .getMessage();
        assertTrue(m.startsWith(f + ":2:1:") && m.contains("not valid UTF-8"), m);
    }

    @Test
    void refusesFloatOverflow() throws IOException {
        assertRefused("x,y\n1e39,0\n", CsvOptions.defaults(),
                "out of the range of FLOAT: found \"1e39\"");
    }

    @Test
    void aMissingFileIsNamedWithItsAbsolutePath() {
        Path missing = dir.resolve("nope.csv");
        java.nio.file.NoSuchFileException e = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> CsvLoader.load(missing, CsvOptions.defaults()));
        assertTrue(e.getMessage().contains("no such file (looked for " + missing.toAbsolutePath() + ")")
                && e.getMessage().contains("Check the path"), e.getMessage());
    }

    @Test
    void aFolderIsNotReadAsAFile() {
        IOException e = assertThrows(IOException.class, () -> CsvLoader.load(dir, CsvOptions.defaults()));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void aSemicolonSeparatedFileReadWithTheDefaultCommaIsToldAboutTheDelimiter() throws IOException {
        String message = failure("a;b;label\n1;2;0\n", CsvOptions.defaults());
        assertTrue(message.contains("looks ';'-separated but the delimiter is ','")
                && message.contains("withDelimiter(';')"), message);
        assertEquals(1, CsvLoader.load(csv("a;b;label\n1;2;0\n"), CsvOptions.defaults().withDelimiter(';'))
                .features().size(0));
    }

    @Test
    void aTabSeparatedFileWithoutHeaderIsToldAboutTheTab() throws IOException {
        String message = failure("1\t2\t0\n", CsvOptions.defaults().withHeader(false));
        assertTrue(message.contains("looks '\\t'-separated") && message.contains("withDelimiter('\\t')"), message);
    }

    @Test
    void refusesAHeaderNamingTheLabelTwiceEvenInItsFirstColumn() throws IOException {
        assertRefused("y,x,y\n1,2,3\n", CsvOptions.defaults().withLabelColumns("y"),
                "data.csv:1:1: the header names column \"y\" twice (columns 0 and 2)");
    }

    @Test
    void refusesTwoIndicesThatNameTheSameColumn() throws IOException {
        assertRefused("x,y,z\n1,2,3\n", CsvOptions.defaults().withLabelColumns(1, -2),
                "label column 1 is chosen twice by labelIndices=[1, -2] in a file of 3 columns.");
    }

    @Test
    void refusesLabelsOnEveryColumnButAcceptsAllButOne() throws IOException {
        assertRefused("x,y\n1,2\n", CsvOptions.defaults().withLabelColumns(0, 1),
                "all 2 columns are labels, which leaves no feature column");
        Dataset d = CsvLoader.load(csv("x,y,z\n1,2,3\n"), CsvOptions.defaults().withLabelColumns(0, 1));
        assertArrayEquals(new double[] {3}, d.features().data().asDouble());
        assertArrayEquals(new double[] {1, 2}, d.labels().data().asDouble());
    }

    @Test
    void aFirstRowStartingWithAnotherDelimiterIsToldAboutIt() throws IOException {
        assertRefused(";a;b\n1;2;3\n", CsvOptions.defaults(), "the first row is one field, \";a;b\", holding ';'");
    }

    @Test
    void acceptsTheLargestFloatAndRefusesBeyondItForFloatOnly() throws IOException {
        String max = String.valueOf((double) Float.MAX_VALUE);
        Dataset d = CsvLoader.load(csv("x,y\n" + max + ",-" + max + "\n"), CsvOptions.defaults());
        assertEquals(Float.MAX_VALUE, d.features().getFloat(0, 0));
        assertEquals(-Float.MAX_VALUE, d.labels().getFloat(0, 0));
        String above = String.valueOf(Math.nextUp((double) Float.MAX_VALUE));
        assertRefused("x,y\n" + above + ",0\n", CsvOptions.defaults(), "field 1 (\"x\") is out of the range of FLOAT");
        Dataset wide = CsvLoader.load(csv("x,y\n" + above + ",0\n"),
                CsvOptions.defaults().withDataType(DataType.DOUBLE));
        assertEquals(Math.nextUp((double) Float.MAX_VALUE), wide.features().getDouble(0, 0));
    }
}
