package org.neurite.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void chunksHoldAtLeastChunkElementsOrTheLengthAsked() {
        Scratch small = new Scratch(10);
        for (int length : new int[] {small.a.length, small.b.length, small.c.length, small.d.length, small.fa.length,
                small.fb.length, small.fc.length, small.fd.length, small.ia.length, small.ib.length,
                small.floats.length}) {
            assertEquals(Scratch.CHUNK, length);
        }
        Scratch large = new Scratch(Scratch.CHUNK + 3);
        for (int length : new int[] {large.a.length, large.b.length, large.c.length, large.d.length, large.fa.length,
                large.fb.length, large.fc.length, large.fd.length, large.ia.length, large.ib.length,
                large.floats.length}) {
            assertEquals(Scratch.CHUNK + 3, length);
        }
    }

    @Test
    void aChunkHoldsWholeRowsAndAtLeastOne() {
        assertEquals(4096, Scratch.CHUNK);
        assertEquals(4096, Scratch.rowsPerChunk(1));
        assertEquals(4096, Scratch.rowsPerChunk(0), "width 0 counts as 1");
        assertEquals(1365, Scratch.rowsPerChunk(3));
        assertEquals(1365 * 3, Scratch.chunkLength(3));
        assertEquals(1, Scratch.rowsPerChunk(4096));
        assertEquals(1, Scratch.rowsPerChunk(5000), "a row wider than a chunk still gets one row");
        assertEquals(5000, Scratch.chunkLength(5000));
        assertEquals(4096, Scratch.chunkLength(0));
    }
}
