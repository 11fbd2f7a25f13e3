package org.neurite.datasets.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Dataset;

/**
 * Loads a UTF-8 CSV file of numbers into a {@link Dataset}, one row per record. Every cell must be a finite
 * decimal number (surrounding spaces and quotes allowed); an empty cell or NA, N/A, NaN, null, none or ? is a
 * missing value and is refused, as is a row with another field count than the first. Errors start with
 * {@code file:line:column} and quote the text found.
 */
public final class CsvLoader {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "?");

    private CsvLoader() {
    }

    /** Features and labels as {@code options} chooses; at least one label column is required. */
    public static Dataset load(Path file, CsvOptions options) throws IOException {
        requireArguments(file, options, "load");
        if (options.hasNoLabels()) {
            throw new IllegalArgumentException("CsvLoader.load: options choose no label column. Choose labels with "
                    + "withLabelColumns(...), or call loadFeatures for inputs without labels.");
        }
        INDArray[] arrays = read(file, options);
        return new Dataset(arrays[0], arrays[1]);
    }

    /** The feature columns only (every column that is not a label), e.g. inputs to predict. */
    public static INDArray loadFeatures(Path file, CsvOptions options) throws IOException {
        requireArguments(file, options, "loadFeatures");
        return read(file, options)[0];
    }

    private static INDArray[] read(Path file, CsvOptions options) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (CsvReader reader = new CsvReader(new InputStreamReader(open(file), utf8), file, options.delimiter())) {
            String[] names = firstRecord(reader, options);
            CsvColumns columns = CsvColumns.resolve(file, options, names);
            int labelWidth = Math.max(1, columns.labelCount());
            RowBuffer features = new RowBuffer(options.dataType(), columns.featureCount(), 1024);
            RowBuffer labels = new RowBuffer(options.dataType(), labelWidth, 1024);
            double[] featureRow = new double[columns.featureCount()];
            double[] labelRow = new double[labelWidth];
            boolean pending = !options.header();
            while (pending || reader.next()) {
                pending = false;
                readRecord(reader, columns, names, options.dataType(), featureRow, labelRow);
                features.append(featureRow);
                labels.append(labelRow);
            }
            if (features.rows() == 0) {
                throw new MalformedFileException(file, reader.recordLine() + ":1", "the header here is followed by no "
                        + "data rows; expected at least one row of numbers.");
            }
            return new INDArray[] {features.toArray(), labels.toArray()};
        }
    }

    /** Opens {@code file}, or says plainly that it is missing or a folder, with the absolute path tried. */
    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("CsvLoader: " + file + " is a folder (" + file.toAbsolutePath() + "); pass the path "
                    + "of a CSV file.");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file (looked for " + file.toAbsolutePath()
                    + "). Check the path and the working directory " + Path.of("").toAbsolutePath() + ".");
        }
    }

    /** Reads the first record: the column names if there is a header, else one null per column. */
    private static String[] firstRecord(CsvReader reader, CsvOptions options) throws IOException {
        if (!reader.next()) {
            throw new MalformedFileException(reader.file(), "1:1", "the file holds no records; expected "
                    + (options.header() ? "a header row and " : "") + "at least one row of numbers.");
        }
        if (reader.fieldCount() == 1) {
            String only = reader.field(0);
            for (char c : new char[] {';', '\t', '|', ','}) {
                if (c != options.delimiter() && only.indexOf(c) >= 0) {
                    String shown = c == '\t' ? "\\t" : String.valueOf(c);
                    throw new MalformedFileException(reader.file(), "1:1", "the first row is one field, \"" + only
                            + "\", holding '" + shown + "': the file looks '" + shown + "'-separated but the delimiter "
                            + "is '" + options.delimiter() + "'. Pass CsvOptions.defaults().withDelimiter('" + shown
                            + "').");
                }
            }
        }
        String[] names = new String[reader.fieldCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = options.header() ? reader.field(i).trim() : null;
        }
        return names;
    }

    private static void readRecord(CsvReader reader, CsvColumns columns, String[] names, DataType type,
                                   double[] featureRow, double[] labelRow) throws IOException {
        int width = names.length;
        if (reader.fieldCount() != width) {
            throw new MalformedFileException(reader.file(), reader.recordLine() + ":1", "this row has "
                    + reader.fieldCount() + " fields but "
                    + (names[0] != null ? "the header has " : "the first row has ")
                    + width + " (a ragged row). Give every row " + width + " fields.");
        }
        for (int i = 0; i < width; i++) {
            double v = number(reader, i, names[i], type);
            int label = columns.labelSlot(i);
            if (label >= 0) {
                labelRow[label] = v;
            } else {
                featureRow[columns.featureSlot(i)] = v;
            }
        }
    }

    private static double number(CsvReader reader, int i, String name, DataType type) throws IOException {
        String raw = reader.field(i);
        String text = raw.trim();
        String where = "field " + (i + 1) + (name != null ? " (\"" + name + "\")" : "");
        if (MISSING.contains(text.toLowerCase(Locale.ROOT))) {
            throw new MalformedFileException(reader.file(), reader.place(i), where + " is missing (found \"" + raw
                    + "\"). Missing values are not supported: remove or impute the row.");
        }
        double v;
        try {
            v = plainDecimal(text) ? Double.parseDouble(text) : Double.NaN;
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (Double.isNaN(v)) {
            throw new MalformedFileException(reader.file(), reader.place(i), where + " is not a number: found \""
                    + raw + "\". Expected a decimal number such as -1.5 or 2e-3.");
        }
        if (Double.isInfinite(v) || (type == DataType.FLOAT && Math.abs(v) > Float.MAX_VALUE)) {
            throw new MalformedFileException(reader.file(), reader.place(i), where + " is out of the range of "
                    + type + ": found \"" + raw + "\".");
        }
        return v;
    }

    /** Digits, sign, point and exponent only: refuses what Double.parseDouble also takes (hex, NaN, 1f). */
    private static boolean plainDecimal(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }

    private static void requireArguments(Path file, CsvOptions options, String method) {
        if (file == null || options == null) {
            throw new IllegalArgumentException("CsvLoader." + method + ": file and options must not be null; "
                    + "received file=" + file + ", options=" + options + ". Pass CsvOptions.defaults() for a header "
                    + "and the last column as label.");
        }
    }
}
