package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers whose dimensions overflow: refused as malformed, never wrapped around to a small shape. */
class IdxReaderTest {
    @TempDir
    Path dir;

    private String refused(int[] dims, int dataBytes) throws IOException {
        Path f = IdxFiles.write(dir.resolve("h.idx"), IdxFiles.bytes(0x08, dims, new double[dataBytes]), false);
        MalformedFileException e = assertThrows(MalformedFileException.class, () -> IdxReader.open(f).close());
        assertEquals(f, e.file());
        return e.getMessage();
    }

    @Test
    void dimensionsWhoseProductWrapsToFourAreRefusedNotReadAsOneByFour() throws IOException {
        String message = refused(new int[] {1, 4, Integer.MAX_VALUE, Integer.MAX_VALUE}, 4);
        assertTrue(message.contains("[1, 4, 2147483647, 2147483647]") && message.contains("2^31 - 9"), message);
    }

    @Test
    void dimensionsTooLargeForOneArrayAreRefusedWhateverTheirOrder() throws IOException {
        refused(new int[] {65536, 65536}, 4);
        refused(new int[] {2, Integer.MAX_VALUE}, 4);
        refused(new int[] {Integer.MAX_VALUE, 2, 1}, 4);
    }

    @Test
    void zeroItemsOfAnImpossibleRowLengthAreRefusedToo() throws IOException {
        refused(new int[] {0, Integer.MAX_VALUE, 16}, 0);
    }

    @Test
    void anOrdinaryHeaderStillOpens() throws IOException {
        Path f = IdxFiles.write(dir.resolve("ok.idx"), IdxFiles.bytes(0x08, new int[] {2, 3}, new double[6]), false);
        try (IdxReader reader = IdxReader.open(f)) {
            assertArrayEquals(new int[] {2, 3}, reader.dims());
            assertEquals(3, reader.rowLength());
        }
    }

    @Test
    void sizesOfZeroAndProductsJustUnderTheLimitAreRead() throws IOException {
        // 46340² = 2,147,395,600 values per item fit under 2^31 - 9; 46341² = 2,147,488,281 do not.
        Path zero = IdxFiles.write(dir.resolve("zero.idx"), IdxFiles.bytes(0x08, new int[] {0, 46340, 46340},
                new double[0]), false);
        try (IdxReader reader = IdxReader.open(zero)) {
            assertArrayEquals(new int[] {0, 46340, 46340}, reader.dims());
        }
        refused(new int[] {0, 46341, 46341}, 0);
        Path empty = IdxFiles.write(dir.resolve("empty.idx"), IdxFiles.bytes(0x08, new int[] {3, 0}, new double[0]),
                false);
        try (IdxReader reader = IdxReader.open(empty)) {
            assertEquals(0, reader.rowLength());
        }
    }

    @Test
    void theGeneralPathReadsIntsAndDoubleUnsignedBytesExactlyAndRefusesTrailingBytes() throws IOException {
        Path ints = IdxFiles.write(dir.resolve("i.idx"), IdxFiles.bytes(0x0C, new int[] {2, 2},
                new double[] {1, -2, 300000, 4}), false);
        try (IdxReader reader = IdxReader.open(ints)) {
            assertArrayEquals(new double[] {0.5, -1, 150000, 2}, reader.readMatrix(
                    org.nd4j.linalg.api.buffer.DataType.DOUBLE, 0.5).data().asDouble());
        }
        Path bytes = IdxFiles.write(dir.resolve("b.idx"), IdxFiles.bytes(0x08, new int[] {1, 2},
                new double[] {255, 7}), false);
        try (IdxReader reader = IdxReader.open(bytes)) {
            assertArrayEquals(new double[] {1, 7 / 255.0}, reader.readMatrix(
                    org.nd4j.linalg.api.buffer.DataType.DOUBLE, 1 / 255.0).data().asDouble(), 1e-15);
        }
        byte[] trailing = IdxFiles.bytes(0x0C, new int[] {1, 1}, new double[] {5, 6});
        Path extra = IdxFiles.write(dir.resolve("t.idx"), trailing, false);
        try (IdxReader reader = IdxReader.open(extra)) {
            assertThrows(MalformedFileException.class,
                    () -> reader.readMatrix(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 1));
        }
    }
}
