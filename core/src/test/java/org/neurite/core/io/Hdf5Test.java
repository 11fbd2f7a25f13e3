package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
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
