package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class DiagnosticDataTest {
    private static final double[][] VALUES = {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}};
    private static final double[] C_ORDER = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};

    @Test
    void aVectorOfDoublesKeepsEveryDigitInCOrder() {
        INDArray a = Nd4j.createFromArray(VALUES).castTo(DataType.DOUBLE);
        assertArrayEquals(C_ORDER, DiagnosticData.vector(a), 0.0);
        assertArrayEquals(C_ORDER, DiagnosticData.vector(a.dup('f')), 0.0, "column-major storage");
        assertArrayEquals(new double[] {0.4, 0.5, 0.6},
                DiagnosticData.vector(a.get(NDArrayIndex.interval(1, 2), NDArrayIndex.all())), 0.0, "a view of row 1");
    }

    @Test
    void aVectorOfFloatsOrIntegersHoldsTheirValuesExactly() {
        INDArray f = Nd4j.createFromArray(VALUES).castTo(DataType.FLOAT);
        double[] floats = new double[C_ORDER.length];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = (float) C_ORDER[i];
        }
        assertArrayEquals(floats, DiagnosticData.vector(f), 0.0);
        assertArrayEquals(floats, DiagnosticData.vector(f.dup('f')), 0.0, "column-major storage");
        INDArray ints = Nd4j.createFromArray(new int[][] {{1, 2}, {3, 4}});
        assertArrayEquals(new double[] {1, 2, 3, 4}, DiagnosticData.vector(ints), 0.0);
    }
}
