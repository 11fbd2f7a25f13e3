package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class RowBufferTest {
    @Test
    void growsPastItsInitialCapacityKeepingEveryRow() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            RowBuffer buffer = new RowBuffer(type, 3, 1);
            double[] expected = new double[3 * 100];
            for (int r = 0; r < 100; r++) {
                double[] row = {r, -r, r / 4.0};
                System.arraycopy(row, 0, expected, 3 * r, 3);
                buffer.append(row);
            }
            INDArray a = buffer.toArray();
            assertEquals(type, a.dataType());
            assertArrayEquals(new long[] {100, 3}, a.shape());
            assertArrayEquals(expected, a.data().asDouble());
        }
    }

    private static final int LIMIT = Integer.MAX_VALUE - 8;

    @Test
    void preallocatesTheAskedRowsAtLeastOneAndAtMostTheArrayLimit() {
        assertEquals(3072, RowBuffer.initialLength(1024, 3));
        assertEquals(5, RowBuffer.initialLength(0, 5));
        assertEquals(LIMIT, RowBuffer.initialLength(1 << 30, 4));
    }

    @Test
    void keepsItsCapacityWhileTheValuesFitAndAtLeastDoublesItWhenFull() {
        assertEquals(4, RowBuffer.capacityFor(4, 4));
        assertEquals(8, RowBuffer.capacityFor(5, 4));
        assertEquals(9, RowBuffer.capacityFor(9, 4));
    }

    @Test
    void growsToTheArrayLimitAndRefusesOneValueMore() {
        assertEquals(LIMIT, RowBuffer.capacityFor(LIMIT, 1 << 30));
        assertEquals(LIMIT, RowBuffer.capacityFor((1 << 30) + 1, 1 << 30));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RowBuffer.capacityFor(LIMIT + 1L, 1 << 30));
        assertTrue(e.getMessage().contains("more than 2147483639 values"), e.getMessage());
    }
}
