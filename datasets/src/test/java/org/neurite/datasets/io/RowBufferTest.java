package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
