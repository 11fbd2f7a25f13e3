package org.neurite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small CSV file read as text, so the CLI can see the header and keep class names such as {@code setosa}
 * (the datasets module's loader reads numbers only). Fields are split on commas; a double-quoted field may
 * hold commas and doubled quotes; blank lines are skipped. Every row must have the first row's width.
 */
record CsvTable(Path file, String[] header, List<String[]> rows, List<Integer> lines) {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "?");

    /** Reads {@code file}; the first row is a header when {@code header}, else columns are named x1, x2, .... */
    static CsvTable read(Path file, boolean header, String option) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = i == 0 ? text.get(0).replace("\uFEFF", "") : text.get(i);
            if (!line.isBlank()) {
                rows.add(split(line));
                lines.add(i + 1);
            }
        }
        if (rows.isEmpty() || (header && rows.size() == 1)) {
            throw new UsageException(option + ": " + file + " holds no data rows; expected "
                    + (header ? "a header and " : "") + "at least one row of values.");
        }
        String[] names = header ? trimmed(rows.remove(0)) : null;
        int firstLine = header ? lines.remove(0) : 0;
        int width = header ? names.length : rows.get(0).length;
        if (names == null) {
            names = new String[width];
            for (int c = 0; c < width; c++) {
                names[c] = "x" + (c + 1);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != width) {
                throw new UsageException(option + ": " + file + ":" + lines.get(r) + ": this row has "
                        + rows.get(r).length + " fields but " + (firstLine > 0 ? "the header has " : "the first row has ")
                        + width + ". Give every row " + width + " fields.");
            }
        }
        return new CsvTable(file, names, rows, lines);
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }

    private static String[] trimmed(String[] names) {
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].trim();
        }
        return names;
    }

    List<String> headerList() {
        return List.of(header);
    }

    int width() {
        return header.length;
    }

    /** The text of a cell, trimmed. */
    String text(int row, int column) {
        return rows.get(row)[column].trim();
    }

    /** A cell as a number, or a one-line usage error naming the file, line, column and text found. */
    double number(int row, int column, String option) {
        String t = text(row, column);
        String where = option + ": " + file + ":" + lines.get(row) + ": column " + (column + 1) + " (\""
                + header[column] + "\")";
        if (MISSING.contains(t.toLowerCase(Locale.ROOT))) {
            throw new UsageException(where + " is missing (found \"" + t + "\"). Remove or fill in the row.");
        }
        double v = isNumber(t) ? Double.parseDouble(t) : Double.NaN;
        if (!Double.isFinite(v)) {
            throw new UsageException(where + " is not a number: found \"" + t + "\". Expected e.g. -1.5 or 2e-3.");
        }
        return v;
    }

    /** Digits, sign, point and exponent only, parseable as a double. */
    static boolean isNumber(String t) {
        if (t.isEmpty() || !t.matches("[0-9+\\-.eE]+")) {
            return false;
        }
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The index of a column named {@code label} (or a 0-based index, negative from the end), or -1. */
    int column(String label) {
        for (int c = 0; c < header.length; c++) {
            if (header[c].equals(label)) {
                return c;
            }
        }
        if (label.matches("-?[0-9]+")) {
            int i = Integer.parseInt(label);
            int c = i < 0 ? header.length + i : i;
            return c >= 0 && c < header.length ? c : -1;
        }
        return -1;
    }
}
