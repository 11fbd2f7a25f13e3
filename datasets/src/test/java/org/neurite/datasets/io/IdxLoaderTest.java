package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Dataset;

class IdxLoaderTest {
    @TempDir
    Path dir;

    /** Three 2 x 3 "images" of random bytes 0..255 and their labels 0..9. */
    static double[] pixels(int items) {
        Random random = new Random(1);
        double[] v = new double[items * 6];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextInt(256);
        }
        return v;
    }

    Path images(String name, int items, boolean gzip) throws IOException {
        return IdxFiles.write(dir.resolve(name), IdxFiles.bytes(0x08, new int[] {items, 2, 3}, pixels(items)), gzip);
    }

    Path labels(String name, double[] labels, boolean gzip) throws IOException {
        return IdxFiles.write(dir.resolve(name), IdxFiles.bytes(0x08, new int[] {labels.length}, labels), gzip);
    }

    /** A label file of {@code type} holding these labels. */
    Path labels(String name, int type, double... labels) throws IOException {
        return IdxFiles.write(dir.resolve(name), IdxFiles.bytes(type, new int[] {labels.length}, labels), false);
    }

    static <T extends Throwable> String message(Class<T> type, org.junit.jupiter.api.function.Executable run) {
        return assertThrows(type, run).getMessage();
    }

    @Test
    void roundTripsUnsignedByteImagesAndLabelsFlatteningEachImage() throws IOException {
        Dataset d = IdxLoader.load(images("x.idx", 3, false), labels("y.idx", new double[] {7, 0, 9}, false),
                IdxOptions.defaults());
        assertArrayEquals(new long[] {3, 6}, d.features().shape());
        assertEquals(DataType.FLOAT, d.features().dataType());
        assertArrayEquals(pixels(3), d.features().data().asDouble());
        assertArrayEquals(new double[] {7, 0, 9}, d.labels().data().asDouble());
    }

    @Test
    void readsGzipFilesRecognisedByTheirMagicBytes() throws IOException {
        Dataset plain = IdxLoader.load(images("x.idx", 3, false), labels("y.idx", new double[] {1, 2, 3}, false),
                IdxOptions.defaults());
        Dataset gzip = IdxLoader.load(images("x.bin", 3, true), labels("y.bin", new double[] {1, 2, 3}, true),
                IdxOptions.defaults());
        assertEquals(plain.features(), gzip.features());
        assertEquals(plain.labels(), gzip.labels());
    }

    @Test
    void scalesFeaturesAndEncodesOneHotLabels() throws IOException {
        IdxOptions o = IdxOptions.defaults().withFeatureScale(1 / 255.0).withOneHotLabels(true).withClasses(4)
                .withDataType(DataType.DOUBLE);
        Dataset d = IdxLoader.load(images("x", 3, false), labels("y", new double[] {3, 0, 1}, false), o);
        double[] expected = Arrays.stream(pixels(3)).map(v -> v * (1 / 255.0)).toArray();
        assertArrayEquals(expected, d.features().data().asDouble(), 0);
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0}, d.labels().data().asDouble());
    }

    @Test
    void roundTripsEveryElementType() throws IOException {
        double[] values = {-3, 0, 1.5, 100, -128, 127};
        int[] types = {0x09, 0x0B, 0x0C, 0x0D, 0x0E};
        for (int type : types) {
            double[] expected = type <= 0x0C ? Arrays.stream(values).map(v -> (int) v).toArray() : values;
            Path f = IdxFiles.write(dir.resolve("t" + type), IdxFiles.bytes(type, new int[] {2, 3}, values), false);
            INDArray a = IdxLoader.read(f, IdxOptions.defaults().withDataType(DataType.DOUBLE));
            assertArrayEquals(expected, a.data().asDouble(), "type 0x" + Integer.toHexString(type));
        }
    }

    @Test
    void readsUnsignedBytesIntoFloatsExactlyAsTheDoublePathRoundsThemOverManyChunks() throws IOException {
        Path f = images("many.idx", 20_000, true);
        IdxOptions scaled = IdxOptions.defaults().withFeatureScale(1 / 255.0);
        INDArray floats = IdxLoader.read(f, scaled);
        INDArray doubles = IdxLoader.read(f, scaled.withDataType(DataType.DOUBLE));
        assertEquals(DataType.FLOAT, floats.dataType());
        assertEquals(doubles.castTo(DataType.FLOAT), floats);
        assertEquals(pixels(20_000)[119_999] / 255.0, floats.getDouble(19_999, 5), 1e-7);
    }

    @Test
    void refusesAWrongMagicNumberNamingTheFileAndBytes() throws IOException {
        byte[] bytes = IdxFiles.bytes(0x08, new int[] {3}, new double[] {1, 2, 3});
        bytes[2] = 0x07;
        Path f = IdxFiles.write(dir.resolve("bad.idx"), bytes, false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(f, IdxOptions.defaults()));
        assertTrue(m.startsWith(f + ":byte 0:") && m.contains("0x00000701") && m.contains("0x00000803"), m);
    }

    @Test
    void refusesATruncatedFileNamingTheItemAndByte() throws IOException {
        byte[] whole = IdxFiles.bytes(0x08, new int[] {3, 2, 3}, pixels(3));
        Path f = IdxFiles.write(dir.resolve("cut.idx"), Arrays.copyOf(whole, whole.length - 4), false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(f, IdxOptions.defaults()));
        // 16 header bytes, two whole items of 6, then 2 of the third item's 6 bytes
        assertTrue(m.startsWith(f + ":byte 30:") && m.contains("item 2 of 3") && m.contains("4 byte(s) short")
                && m.contains("(dimensions [3, 2, 3])"), m);
    }

    @Test
    void refusesATruncatedGzipFile() throws IOException {
        Path whole = images("whole.gz", 3, true);
        byte[] gz = java.nio.file.Files.readAllBytes(whole);
        Path f = IdxFiles.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length - 12), false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(f, IdxOptions.defaults()));
        assertTrue(m.startsWith(f + ":byte ") && (m.contains("truncated")), m);
    }

    @Test
    void refusesAGzipFileCutInsideItsGzipHeader() throws IOException {
        Path f = IdxFiles.write(dir.resolve("stub.gz"), new byte[] {0x1F, (byte) 0x8B, 8}, false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(f, IdxOptions.defaults()));
        assertTrue(m.startsWith(f + ":byte 0:") && m.contains("gzip header is invalid or truncated"), m);
    }

    @Test
    void refusesATruncatedHeader() throws IOException {
        Path f = IdxFiles.write(dir.resolve("short.idx"), new byte[] {0, 0, 8}, false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(f, IdxOptions.defaults()));
        assertTrue(m.startsWith(f + ":byte 3:") && m.contains("ends in the header, 1 byte(s) short. Download"), m);
    }

    @Test
    void refusesSizesWhoseProductOverflowsALongInsteadOfReadingThemAsEmpty() throws IOException {
        // 65536^4 * 3 = 3 * 2^64 wraps to 0 in a long: the header must still be refused as too large.
        byte[] bytes = IdxFiles.bytes(0x08, new int[] {1, 65536, 65536, 65536, 65536, 3}, new double[0]);
        Path f = IdxFiles.write(dir.resolve("huge.idx"), bytes, false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(f, IdxOptions.defaults()));
        assertTrue(m.startsWith(f + ":byte 4:") && m.contains("more values than one array can"), m);
    }

    @Test
    void refusesDataBeyondTheDeclaredItems() throws IOException {
        byte[] bytes = IdxFiles.bytes(0x08, new int[] {2}, new double[] {1, 2, 3});
        Path f = IdxFiles.write(dir.resolve("long.idx"), bytes, false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(f, IdxOptions.defaults()));
        assertTrue(m.startsWith(f + ":byte 10:") && m.contains("data after the 2 items"), m);
    }

    @Test
    void refusesALabelCountThatDiffersFromTheImageCount() throws IOException {
        Path x = images("x.idx", 3, false);
        Path y = labels("y.idx", new double[] {1, 2}, false);
        String m = message(MalformedFileException.class, () -> IdxLoader.load(x, y, IdxOptions.defaults()));
        assertTrue(m.startsWith(y + ":byte 4:") && m.contains("holds 2 labels") && m.contains("holds 3 items"), m);
    }

    @Test
    void refusesALabelOutsideTheDeclaredClasses() throws IOException {
        Path x = images("x.idx", 3, false);
        Path y = labels("y.idx", new double[] {1, 5, 2}, false);
        IdxOptions o = IdxOptions.defaults().withOneHotLabels(true).withClasses(4);
        String m = message(MalformedFileException.class, () -> IdxLoader.load(x, y, o));
        assertTrue(m.startsWith(y + ":item 1:") && m.contains("label 5.0"), m);
    }

    @Test
    void oneHotLabelsWithoutAClassCountTakeTheLargestLabelPlusOneColumns() throws IOException {
        Dataset d = IdxLoader.load(images("x.idx", 3, false), labels("y.idx", new double[] {2, 0, 4}, false),
                IdxOptions.defaults().withOneHotLabels(true));
        assertArrayEquals(new long[] {3, 5}, d.labels().shape());
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1}, d.labels().data().asDouble());
        // With a class count, a label equal to it is out of range; one below it is the last column.
        Dataset last = IdxLoader.load(images("x2.idx", 3, false), labels("y2.idx", new double[] {4, 0, 1}, false),
                IdxOptions.defaults().withOneHotLabels(true).withClasses(5));
        assertEquals(1.0, last.labels().getDouble(0, 4));
        String m = message(MalformedFileException.class, () -> IdxLoader.load(images("x3.idx", 3, false),
                labels("y3.idx", new double[] {5, 0, 1}, false), IdxOptions.defaults().withOneHotLabels(true)
                        .withClasses(5)));
        assertTrue(m.contains("label 5.0 is not a class index in [0, 5)"), m);
    }

    @Test
    void filesWithoutAnyValueAreRefusedNamingTheirDimensions() throws IOException {
        Path none = IdxFiles.write(dir.resolve("none.idx"), IdxFiles.bytes(0x08, new int[] {0, 4}, new double[0]), false);
        String m = message(MalformedFileException.class, () -> IdxLoader.read(none, IdxOptions.defaults()));
        assertTrue(m.contains("holds no values (dimensions [0, 4])"), m);
        Path flat = IdxFiles.write(dir.resolve("flat.idx"), IdxFiles.bytes(0x08, new int[] {2, 0}, new double[0]), false);
        Path twoLabels = IdxFiles.write(dir.resolve("two.idx"), IdxFiles.bytes(0x08, new int[] {2}, new double[] {1, 0}),
                false);
        m = message(MalformedFileException.class, () -> IdxLoader.load(flat, twoLabels, IdxOptions.defaults()));
        assertTrue(m.contains("holds no values (dimensions [2, 0])"), m);
    }

    @Test
    void readsEveryElementTypeIntoFloatToo() throws IOException {
        double[] values = {-3, 0, 1.5, 100, -128, 127};
        for (int type : new int[] {0x09, 0x0B, 0x0C, 0x0D, 0x0E}) {
            double[] expected = type <= 0x0C ? Arrays.stream(values).map(v -> (int) v).toArray() : values;
            Path f = IdxFiles.write(dir.resolve("f" + type), IdxFiles.bytes(type, new int[] {2, 3}, values), false);
            INDArray a = IdxLoader.read(f, IdxOptions.defaults());
            assertEquals(DataType.FLOAT, a.dataType());
            assertArrayEquals(expected, a.data().asDouble(), "type 0x" + Integer.toHexString(type));
        }
    }

    @Test
    void withoutAClassCountANegativeOrFractionalLabelIsRefusedAsNoClassIndex() throws IOException {
        Path x = images("x.idx", 2, false);
        IdxOptions o = IdxOptions.defaults().withOneHotLabels(true);
        Path negative = labels("neg.idx", 0x09, 1, -1);
        String m = message(MalformedFileException.class, () -> IdxLoader.load(x, negative, o));
        assertTrue(m.contains(":item 1: label -1.0 is not a class index in [0, classes)."), m);
        Path fraction = labels("frac.idx", 0x0D, 1.5, 0);
        m = message(MalformedFileException.class, () -> IdxLoader.load(x, fraction, o));
        assertTrue(m.contains(":item 0: label 1.5 is not a class index in [0, classes)."), m);
    }
}
