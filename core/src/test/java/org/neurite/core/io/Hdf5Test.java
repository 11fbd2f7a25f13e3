package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** The guarded HDF5 reader on Keras's own weights file, intact and made hostile byte by byte. */
class Hdf5Test {
    private static final Path FILE = KerasFixtures.file("written-by-keras/xor_2-4-1_adam.keras");

    private static byte[] weights() {
        return Zips.entries(FILE).get("model.weights.h5");
    }

    @Test
    void readsKerasDatasetsScalarsAndStringAttributes() {
        try (Hdf5 h5 = Hdf5.open(weights(), FILE, "model.weights.h5")) {
            Tensor kernel = h5.tensor("layers/dense/vars/0", "dense/kernel");
            assertEquals(List.of(2L, 4L), List.of(kernel.shape()[0], kernel.shape()[1]));
            assertEquals(DataType.FLOAT, kernel.type());
            assertEquals(300.0, h5.tensor("optimizer/vars/0", "iteration").values()[0]);
            assertEquals(List.of("dense_1"), h5.strings(h5.node("layers/dense_1/vars"), "name"));
            assertEquals(null, h5.group("layers/missing"));
        }
    }

    @Test
    void aFileThatIsNotHdf5IsRefusedBeforeParsing() {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> Hdf5.open("{\"not\": \"hdf5\"}".getBytes(), FILE, "model.weights.h5"));
        assertTrue(e.getMessage().contains("not an HDF5 file"), e.getMessage());
    }

    @Test
    void shapesThatClaimMoreThanTheFileHoldsAreRefusedBeforeAllocation() {
        byte[] small = le(2, 4);
        byte[] huge = le(1L << 40, 1L << 40);
        byte[] lying = replaceAll(weights(), small, huge);
        try (Hdf5 h5 = Hdf5.open(lying, FILE, "model.weights.h5")) {
            ModelFileException e = assertThrows(ModelFileException.class,
                    () -> h5.tensor("layers/dense/vars/0", "dense/kernel"));
            assertTrue(e.getMessage().contains("layers/dense/vars/0"), e.getMessage());
        }
    }

    @Test
    void aGroupIndexThatPointsBackToItselfFailsWithModelFileException() {
        byte[] b = weights();
        int tree = indexOf(b, "TREE".getBytes(), 0);
        b[tree + 5] = 1; // a non-leaf node...
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(tree + 32, tree); // ...whose child is itself
        ModelFileException e = assertThrows(ModelFileException.class, () -> {
            try (Hdf5 h5 = Hdf5.open(b, FILE, "model.weights.h5")) {
                h5.group("layers");
            }
        });
        assertTrue(e.getMessage().contains("cannot be read") && e.getMessage().contains("StackOverflowError"),
                e.getMessage());
    }

    @Test
    void addressesBeyondTheFileFailWithModelFileException() {
        byte[] b = weights();
        int tree = indexOf(b, "TREE".getBytes(), 0);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(tree + 32, Long.MAX_VALUE / 2);
        assertThrows(ModelFileException.class, () -> {
            try (Hdf5 h5 = Hdf5.open(b, FILE, "model.weights.h5")) {
                h5.tensor("layers/dense/vars/0", "k");
            }
        });
    }

    private static final String KERNEL = "layers/dense/vars/0";

    /** Opens {@code bytes} and reads {@code hdfPath} as a tensor; the refusal's message, or null when it is read. */
    private static String readFails(byte[] bytes, String hdfPath) {
        try (Hdf5 h5 = Hdf5.open(bytes, FILE, "model.weights.h5")) {
            h5.tensor(hdfPath, "t");
            return null;
        } catch (ModelFileException e) {
            return e.getMessage();
        }
    }

    /**
     * The offset of the data of the first message of {@code type} in the version-1 object header at
     * {@code address}, the layout h5py (so Keras) writes: a 16-byte prefix whose bytes 8..11 give the size of the
     * messages that follow; each message an 8-byte head (type u16, size u16, flags, 3 reserved) and its data; a
     * continuation message (type 0x10) gives the address and length of a further block of messages.
     */
    private static int message(byte[] file, long address, int type) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1, file[(int) address], "a version-1 object header");
        Deque<long[]> blocks = new ArrayDeque<>();
        blocks.add(new long[] {address + 16, b.getInt((int) address + 8)});
        while (!blocks.isEmpty()) {
            long[] block = blocks.poll();
            for (int at = (int) block[0]; at + 8 <= block[0] + block[1]; ) {
                int t = b.getShort(at) & 0xFFFF;
                int size = b.getShort(at + 2) & 0xFFFF;
                if (t == type) {
                    return at + 8;
                }
                if (t == 0x10) {
                    blocks.add(new long[] {b.getLong(at + 8), b.getLong(at + 16)});
                }
                at += 8 + size;
            }
        }
        throw new AssertionError("no message of type " + type + " in the object header at " + address);
    }

    private static long address(byte[] file, String hdfPath) {
        try (HdfFile h = HdfFile.fromBytes(file)) {
            return h.getByPath(hdfPath).getAddress();
        }
    }

    /**
     * Keras's weights file with the dataspace of {@code hdfPath} declaring {@code dims} (its rank kept): the
     * dataspace message (type 1) holds a version byte, the rank, then the dimensions as 8-byte lengths (the
     * superblock's byte 14 says so), from byte 8 in version 1 and byte 4 in version 2.
     */
    private static byte[] declaring(byte[] file, String hdfPath, long... dims) {
        assertEquals(8, file[14], "8-byte lengths");
        int space = message(file, address(file, hdfPath), 1);
        assertEquals(dims.length, file[space + 1], "rank");
        int first = space + (file[space] == 1 ? 8 : 4);
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < dims.length; i++) {
            b.putLong(first + 8 * i, dims[i]);
        }
        return file;
    }

    /**
     * The kernel's datatype made float64: the datatype message (type 3) holds the class and version, 3 bytes of
     * flags, the u32 size, then for a float the u16 bit offset and the u16 precision (which decides the Java type).
     */
    private static byte[] asDoubles(byte[] file) {
        int type = message(file, address(file, KERNEL), 3);
        assertEquals(1, file[type] & 0x0F, "a floating-point class");
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(type + 4, 8).putShort(type + 10, (short) 64);
        return file;
    }

    @Test
    void aShapeIsRefusedAtTheFirstDimensionWhoseProductExceedsTheFilesSize() {
        int size = weights().length;
        long half = size / 2;
        String fits = readFails(declaring(weights(), KERNEL, half, 2), KERNEL);
        assertTrue(fits.contains("declares " + 2 * half + " values, more than the " + size + "-byte file can hold"),
                fits);
        String beyond = readFails(declaring(weights(), KERNEL, half + 1, 2), KERNEL);
        assertTrue(beyond.contains(KERNEL + " declares a shape [" + (half + 1) + ", 2] larger than the " + size
                + "-byte file; the file is damaged or hostile."), beyond);
        String negative = readFails(declaring(weights(), KERNEL, -1, 4), KERNEL);
        assertTrue(negative.contains("declares a shape [-1, 4] larger than"), negative);
    }

    @Test
    void aFloatDatasetMayDeclareAQuarterOfTheFilesBytesInValuesAndADoubleDatasetAnEighth() {
        int size = weights().length;
        String quarter = readFails(declaring(weights(), KERNEL, size / 4, 1), KERNEL);
        assertTrue(quarter.contains("cannot be read") && !quarter.contains("more than"),
                "past the size limit, the data beyond the file fails to read: " + quarter);
        String more = readFails(declaring(weights(), KERNEL, size / 4 + 1, 1), KERNEL);
        assertTrue(more.contains("declares " + (size / 4 + 1) + " values, more than the " + size
                + "-byte file can hold"), more);
        String eighth = readFails(declaring(asDoubles(weights()), KERNEL, size / 8, 1), KERNEL);
        assertTrue(eighth.contains("cannot be read") && !eighth.contains("more than"), eighth);
        String moreDoubles = readFails(declaring(asDoubles(weights()), KERNEL, size / 8 + 1, 1), KERNEL);
        assertTrue(moreDoubles.contains("declares " + (size / 8 + 1) + " values, more than"), moreDoubles);
    }

    @Test
    void aDimensionOfZeroGivesAnEmptyTensor() {
        try (Hdf5 h5 = Hdf5.open(declaring(weights(), KERNEL, 0, 4), FILE, "model.weights.h5")) {
            Tensor t = h5.tensor(KERNEL, "k");
            assertArrayEquals(new long[] {0, 4}, t.shape());
            assertEquals(0, t.values().length);
        }
    }

    /** A file written by jHDF's writer. */
    private static byte[] written(Consumer<WritableHdfFile> body) {
        try {
            Path temp = Files.createTempFile("hdf5-test-", ".h5");
            try {
                try (WritableHdfFile h5 = HdfFile.write(temp)) {
                    body.accept(h5);
                }
                return Files.readAllBytes(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void datasetsOfRankEightAreReadAndOfRankNineRefused() {
        byte[] file = written(h5 -> {
            h5.putDataset("r8", new float[1][1][1][1][1][1][1][2]);
            h5.putDataset("r9", new float[1][1][1][1][1][1][1][1][2]);
        });
        try (Hdf5 h5 = Hdf5.open(file, FILE, "w.h5")) {
            assertEquals(8, h5.tensor("r8", "r8").shape().length);
            ModelFileException e = assertThrows(ModelFileException.class, () -> h5.tensor("r9", "r9"));
            assertTrue(e.getMessage().contains("r9 has rank 9; at most 8 is allowed."), e.getMessage());
        }
    }

    @Test
    void attributesOfRankNineAreRefusedBeforeTheirValuesAreRead() {
        byte[] file = written(h5 -> h5.putAttribute("deep", new int[1][1][1][1][1][1][1][1][1]));
        try (Hdf5 h5 = Hdf5.open(file, FILE, "w.h5")) {
            ModelFileException e = assertThrows(ModelFileException.class, () -> h5.strings(h5.group("/"), "deep"));
            assertTrue(e.getMessage().contains("/@deep has rank 9; at most 8 is allowed."), e.getMessage());
        }
    }

    @Test
    void integerDatasetsOfBothWidthsAreReadExactly() {
        byte[] file = written(h5 -> {
            h5.putDataset("ints", new int[] {1, -2, Integer.MAX_VALUE});
            h5.putDataset("longs", new long[] {1L << 52, -5});
        });
        try (Hdf5 h5 = Hdf5.open(file, FILE, "w.h5")) {
            assertArrayEquals(new double[] {1, -2, Integer.MAX_VALUE}, h5.tensor("ints", "i").values());
            assertArrayEquals(new double[] {1L << 52, -5}, h5.tensor("longs", "l").values());
        }
    }

    @Test
    void aChunkedDatasetAMissingOneAndAGroupAreRefusedAsWeights() {
        byte[] file = written(h5 -> {
            h5.putDataset("chunked", new float[] {1, 2, 3, 4},
                    io.jhdf.api.DatasetCreationOptions.builder().chunkDimensions(2).build());
            h5.putGroup("group").putDataset("x", 1f);
        });
        try (Hdf5 h5 = Hdf5.open(file, FILE, "w.h5")) {
            String chunked = assertThrows(ModelFileException.class, () -> h5.tensor("chunked", "c")).getMessage();
            assertTrue(chunked.contains("chunked is stored CHUNKED; Keras writes contiguous datasets"), chunked);
            String missing = assertThrows(ModelFileException.class, () -> h5.tensor("nothing", "n")).getMessage();
            assertTrue(missing.contains("nothing is missing."), missing);
            String group = assertThrows(ModelFileException.class, () -> h5.tensor("group", "g")).getMessage();
            assertTrue(group.contains("group is not a dataset."), group);
        }
    }

    @Test
    void aGroupMayHaveAHundredThousandChildrenAndNoMore() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            names.add("c" + i);
        }
        try (Hdf5 h5 = Hdf5.open(weights(), FILE, "model.weights.h5")) {
            assertEquals(names, h5.limited("layers", names));
            names.add("one more");
            ModelFileException e = assertThrows(ModelFileException.class, () -> h5.limited("layers", names));
            assertTrue(e.getMessage().contains("layers has more than 100000 children."), e.getMessage());
        }
    }

    @Test
    void eightBytesOfSignatureAreParsedAndSevenAreNotHdf5() {
        byte[] signature = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1A, '\n'};
        ModelFileException parsed = assertThrows(ModelFileException.class,
                () -> Hdf5.open(signature, FILE, "model.weights.h5"));
        assertTrue(parsed.getMessage().contains("cannot be read"), parsed.getMessage());
        ModelFileException shorter = assertThrows(ModelFileException.class,
                () -> Hdf5.open(java.util.Arrays.copyOf(signature, 7), FILE, "model.weights.h5"));
        assertTrue(shorter.getMessage().contains("is not an HDF5 file"), shorter.getMessage());
        assertFalse(parsed.getMessage().contains("is not an HDF5 file"), parsed.getMessage());
    }

    @Test
    void kerassEmptyWeightNamesAFloatArrayOfLengthZeroReadAsNoNames() throws IOException {
        Path friction = KerasFixtures.file("friction_keras3.5.0.h5"); // Keras 3.5: Dropout layers hold no weights
        try (Hdf5 h5 = Hdf5.open(Files.readAllBytes(friction), friction, null)) {
            assertEquals(List.of(), h5.strings(h5.node("model_weights/dropout"), "weight_names"));
            assertEquals(List.of("sequential/dense/kernel", "sequential/dense/bias"),
                    h5.strings(h5.node("model_weights/dense"), "weight_names"));
        }
    }

    private static byte[] le(long a, long b) {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(a).putLong(b).array();
    }

    private static byte[] replaceAll(byte[] in, byte[] from, byte[] to) {
        byte[] out = in.clone();
        for (int at = indexOf(out, from, 0); at >= 0; at = indexOf(out, from, at + 1)) {
            System.arraycopy(to, 0, out, at, to.length);
        }
        return out;
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        for (int i = from; i + what.length <= in.length; i++) {
            if (java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
