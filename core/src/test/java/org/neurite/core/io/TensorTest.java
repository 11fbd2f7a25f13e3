package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class TensorTest {
    @Test
    void aTensorShowsItsNameShapeAndTypeNotItsValues() {
        Tensor t = new Tensor("dense/kernel", DataType.FLOAT, new long[] {2, 4}, new double[8]);
        assertEquals("dense/kernel[2, 4] FLOAT", t.toString());
    }
}
