package org.neurite.datasets.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An RFC 4180 record reader: fields split by a delimiter, optionally double-quoted (a quoted field may hold the
 * delimiter, line breaks and doubled quotes {@code ""}), records ended by LF, CRLF or CR. Blank lines are
 * skipped and a leading byte-order mark is dropped. It remembers the line and column where each field starts.
 */
final class CsvReader implements Closeable {
    private static final int EOF = -1;

    private final Reader in;
    private final Path file;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private int column = 1;
    private final StringBuilder text = new StringBuilder();
    private String[] fields = new String[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int count;
    private int recordLine;

    CsvReader(Reader in, Path file, char delimiter) throws IOException {
        this.in = in;
        this.file = file;
        this.delimiter = delimiter;
        if (peek() == '\uFEFF') {
            position++;
        }
    }

    /** Reads the next non-blank record; false at the end of the file. */
    boolean next() throws IOException {
        count = 0;
        while (peek() == '\n' || peek() == '\r') {
            read();
        }
        if (peek() == EOF) {
            return false;
        }
        recordLine = line;
        while (true) {
            int startLine = line;
            int startColumn = column;
            int end = peek() == '"' ? quotedField(startLine, startColumn) : plainField();
            add(text.toString(), startLine, startColumn);
            if (end != delimiter) {
                return true;
            }
        }
    }

    int fieldCount() {
        return count;
    }

    String field(int i) {
        return fields[i];
    }

    /** Where field {@code i} starts, as {@code line:column} (1-based). */
    String place(int i) {
        return lines[i] + ":" + columns[i];
    }

    int recordLine() {
        return recordLine;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads an unquoted field into {@code text}; returns the character that ended it (consumed). */
    private int plainField() throws IOException {
        text.setLength(0);
        int c = read();
        while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
            text.append((char) c);
            c = read();
        }
        return c;
    }

    private int quotedField(int startLine, int startColumn) throws IOException {
        text.setLength(0);
        read();
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new MalformedFileException(file, startLine + ":" + startColumn, "the quoted field starting "
                        + "here has no closing quote before the end of the file. Close the quote, or double a quote "
                        + "inside the field (\"\").");
            }
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                read();
            }
            text.append((char) c);
        }
        int afterLine = line;
        int afterColumn = column;
        int c = read();
        if (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
            throw new MalformedFileException(file, afterLine + ":" + afterColumn, "found '" + (char) c
                    + "' after the closing quote of the field starting at " + startLine + ":" + startColumn
                    + "; expected the delimiter or the end of the line. Double a quote inside a quoted field (\"\").");
        }
        return c;
    }

    private void add(String value, int fieldLine, int fieldColumn) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, 2 * count);
            lines = Arrays.copyOf(lines, 2 * count);
            columns = Arrays.copyOf(columns, 2 * count);
        }
        fields[count] = value;
        lines[count] = fieldLine;
        columns[count] = fieldColumn;
        count++;
    }

    private int peek() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[position];
    }

    /** Consumes one character, counting lines: LF, CRLF and a lone CR each end one line. */
    private int read() throws IOException {
        int c = peek();
        if (c == EOF) {
            return EOF;
        }
        position++;
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }
}
