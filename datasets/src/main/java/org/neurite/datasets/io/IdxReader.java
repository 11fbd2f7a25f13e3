package org.neurite.datasets.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * Reads one IDX file (LeCun's MNIST format): a big-endian magic {@code 0x0000TTDD} (TT the element type, DD the
 * number of dimensions), DD big-endian int32 sizes, then the values in row-major order. Gzip is recognised by
 * its magic bytes 1F 8B, not by the file name. Byte positions in messages count the decompressed stream.
 */
final class IdxReader implements Closeable {
    /** The most values one array holds (Java's array limit). */
    private static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    private final Path file;
    private final InputStream in;
    private final boolean gzip;
    private final int type;
    private final int[] dims;
    private long position;

    private IdxReader(Path file, InputStream in, boolean gzip) throws IOException {
        this.file = file;
        this.in = in;
        this.gzip = gzip;
        byte[] magic = readBytes(4, "the header");
        this.type = magic[2] & 0xFF;
        if (magic[0] != 0 || magic[1] != 0 || elementSize(type) == 0 || magic[3] == 0) {
            throw new MalformedFileException(file, "byte 0", String.format("not an IDX file: the magic number is "
                    + "0x%02X%02X%02X%02X; expected 0x0000TTDD with TT the type (08 unsigned byte, 09 byte, 0B short,"
                    + " 0C int, 0D float, 0E double) and DD >= 1 the number of dimensions, e.g. 0x00000803 for MNIST"
                    + " images and 0x00000801 for labels.", magic[0], magic[1], magic[2], magic[3]));
        }
        this.dims = new int[magic[3] & 0xFF];
        ByteBuffer sizes = ByteBuffer.wrap(readBytes(4 * dims.length, "the dimension sizes"));
        for (int d = 0; d < dims.length; d++) {
            dims[d] = sizes.getInt();
            if (dims[d] < 0) {
                throw new MalformedFileException(file, "byte " + (4 + 4 * d), "dimension " + d + " has the size "
                        + dims[d] + "; sizes must be >= 0.");
            }
        }
        long values = 1;
        for (int d : dims) {
            // Saturating product: a header of huge sizes must not wrap around to a small count.
            values = d == 0 || values <= MAX_VALUES / d ? values * d : MAX_VALUES + 1;
        }
        if (values > MAX_VALUES || (dims.length > 1 && dims[0] == 0 && rowLengthExceeds())) {
            throw new MalformedFileException(file, "byte 4", "dimensions " + Arrays.toString(dims) + " hold more "
                    + "values than one array can (2^31 - 9); the header is corrupt or the file is not IDX.");
        }
    }

    private boolean rowLengthExceeds() {
        long n = 1;
        for (int d = 1; d < dims.length; d++) {
            n = dims[d] == 0 || n <= MAX_VALUES / dims[d] ? n * dims[d] : MAX_VALUES + 1;
        }
        return n > MAX_VALUES;
    }

    /** Opens {@code file} and reads its header. */
    static IdxReader open(Path file) throws IOException {
        return open(file, Files.newInputStream(file));
    }

    /** Reads the header from {@code stream}, the bytes of {@code file}; closes the stream if that fails. */
    static IdxReader open(Path file, InputStream stream) throws IOException {
        InputStream raw = new BufferedInputStream(stream, 1 << 16);
        try {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1F && raw.read() == 0x8B;
            raw.reset();
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            return new IdxReader(file, in, gzip);
        } catch (IOException | RuntimeException e) {
            raw.close();
            if (e instanceof ZipException || e instanceof EOFException) {
                throw new MalformedFileException(file, "byte 0", "starts like gzip (1F 8B) but its gzip header is "
                        + "invalid or truncated (" + e.getMessage() + "). Download or write the file again.", e);
            }
            throw e;
        }
    }

    /** The number of items: the first dimension. */
    int count() {
        return dims[0];
    }

    /** Values per item: the product of the other dimensions (1 for a vector). */
    int rowLength() {
        long n = 1;
        for (int d = 1; d < dims.length; d++) {
            // Saturate at 2^31 so that up to 254 sizes below 2^31 cannot overflow the long product.
            n = Math.min(n * dims[d], 1L << 31);
        }
        return (int) n;
    }

    int[] dims() {
        return dims.clone();
    }

    /** Reads all values, item by item, into a new {@code [count, rowLength]} array, each times {@code scale}. */
    INDArray readMatrix(DataType dataType, double scale) throws IOException {
        int rows = count();
        int width = rowLength();
        NativeMatrix out = NativeMatrix.of(Nd4j.create(dataType, rows, width));
        if (type == 0x08 && out.isFloat()) {
            readUnsignedBytes(out, rows, width, scale);
            return out.array();
        }
        int size = elementSize(type);
        byte[] bytes = new byte[width * size];
        ByteBuffer row = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        double[] values = new double[width];
        Scratch scratch = new Scratch(width);
        for (int r = 0; r < rows; r++) {
            readInto(bytes, "item " + r + " of " + rows);
            for (int j = 0; j < width; j++) {
                values[j] = value(row, j * size) * scale;
            }
            out.store(r * width, values, width, scratch);
        }
        requireEnd(rows);
        return out.array();
    }

    /**
     * The common case (MNIST's unsigned bytes into float32), many rows at a time through a table of the 256
     * values: the same floats as the general path, {@code (float) (byte * scale)}, about ten times faster.
     */
    private void readUnsignedBytes(NativeMatrix out, int rows, int width, double scale) throws IOException {
        float[] table = new float[256];
        for (int k = 0; k < 256; k++) {
            table[k] = (float) (k * scale);
        }
        int rowsPerChunk = Math.max(1, (1 << 16) / width);
        byte[] bytes = new byte[rowsPerChunk * width];
        float[] values = new float[bytes.length];
        for (int r = 0; r < rows; r += rowsPerChunk) {
            int n = Math.min(rowsPerChunk, rows - r);
            int len = n * width;
            int got = fill(bytes, len);
            if (got < len) {
                throw truncated("item " + (r + got / width) + " of " + rows, width - got % width);
            }
            for (int j = 0; j < len; j++) {
                values[j] = table[bytes[j] & 0xFF];
            }
            out.storeFloats(r * width, values, len);
        }
        requireEnd(rows);
    }

    private void requireEnd(int rows) throws IOException {
        if (read() != -1) {
            throw new MalformedFileException(file, "byte " + (position - 1), "the file has data after the "
                    + rows + " items its header declares (dimensions " + Arrays.toString(dims) + "); the header or "
                    + "the file is wrong.");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private double value(ByteBuffer row, int offset) {
        return switch (type) {
            case 0x08 -> row.get(offset) & 0xFF;
            case 0x09 -> row.get(offset);
            case 0x0B -> row.getShort(offset);
            case 0x0C -> row.getInt(offset);
            case 0x0D -> row.getFloat(offset);
            default -> row.getDouble(offset);
        };
    }

    private static int elementSize(int type) {
        return switch (type) {
            case 0x08, 0x09 -> 1;
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            case 0x0E -> 8;
            default -> 0;
        };
    }

    private byte[] readBytes(int n, String what) throws IOException {
        byte[] bytes = new byte[n];
        readInto(bytes, what);
        return bytes;
    }

    private void readInto(byte[] bytes, String what) throws IOException {
        int got = fill(bytes, bytes.length);
        if (got < bytes.length) {
            throw truncated(what, bytes.length - got);
        }
    }

    /** Reads up to {@code length} bytes; fewer only at the end of the file. */
    private int fill(byte[] bytes, int length) throws IOException {
        int got = 0;
        while (got < length) {
            int k = read(bytes, got, length - got);
            if (k < 0) {
                break;
            }
            got += k;
        }
        return got;
    }

    private MalformedFileException truncated(String what, int missing) {
        return new MalformedFileException(file, "byte " + position, "the file is truncated: it ends in " + what
                + ", " + missing + " byte(s) short" + (dims == null ? "" : " (dimensions " + Arrays.toString(dims)
                + ")") + ". Download or write the file again.");
    }

    private int read(byte[] bytes, int offset, int length) throws IOException {
        try {
            int k = in.read(bytes, offset, length);
            position += Math.max(k, 0);
            return k;
        } catch (EOFException | ZipException e) {
            throw new MalformedFileException(file, "byte " + position, "the gzip stream is truncated or corrupt ("
                    + e.getMessage() + "). Download or write the file again.", e);
        }
    }

    private int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public String toString() {
        return file + (gzip ? " (gzip)" : "") + " IDX type 0x" + Integer.toHexString(type) + " "
                + Arrays.toString(dims);
    }
}
