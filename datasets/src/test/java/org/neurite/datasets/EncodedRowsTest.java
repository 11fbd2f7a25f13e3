package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncodedRowsTest {
    @Test
    void oneArrayHoldsUpToTwoToTheThirtyOneMinusOneElements() {
        assertTrue(EncodedRows.fitsOneArray(Integer.MAX_VALUE, 1));
        assertTrue(EncodedRows.fitsOneArray(1, Integer.MAX_VALUE));
        assertFalse(EncodedRows.fitsOneArray(1L << 30, 2));
        assertFalse(EncodedRows.fitsOneArray(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
}
