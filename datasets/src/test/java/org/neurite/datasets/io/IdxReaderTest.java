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
}
