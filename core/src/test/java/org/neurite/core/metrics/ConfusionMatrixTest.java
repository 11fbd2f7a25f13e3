package org.neurite.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    @Test
    void rowsAreTrueClassesAndColumnsPredictedOnesAsSklearn() {
        // sklearn: confusion_matrix([0, 1, 2, 2, 1], [0, 2, 2, 2, 1]) = [[1,0,0],[0,1,1],[0,0,2]].
        double[] p = {0.8, 0.1, 0.1, 0.2, 0.3, 0.5, 0, 0, 1, 0.1, 0.1, 0.8, 0.2, 0.7, 0.1};
        double[] y = {0, 1, 2, 2, 1};
        ConfusionMatrix m = ConfusionMatrix.count(p, y, 5, 3, 1, 0.5);
        assertArrayEquals(new long[][] {{1, 0, 0}, {0, 1, 1}, {0, 0, 2}}, m.toArray());
        assertEquals(1, m.count(1, 2));
        // One-hot labels give the same matrix.
        double[] oneHot = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0};
        assertEquals(m, ConfusionMatrix.count(p, oneHot, 5, 3, 3, 0.5));
    }

    @Test
    void aOneUnitOutputIsABinaryClassifierAtTheThreshold() {
        ConfusionMatrix m = ConfusionMatrix.count(new double[] {0.9, 0.5, 0.2, 0.7}, new double[] {1, 1, 0, 0}, 4, 1,
                1, 0.5);
        // tn = 1 (0.2), fp = 1 (0.7), fn = 1 (0.5 is not above 0.5), tp = 1 (0.9).
        assertArrayEquals(new long[][] {{1, 1}, {1, 1}}, m.toArray());
        assertEquals(2, m.classes());
        assertEquals("true\\pred 0 1\n        0 1 1\n        1 1 1", m.toString());
        assertThrows(IllegalArgumentException.class, () -> m.count(2, 0));
    }

    @Test
    void rejectsShortArraysAndLabelsThatAreNotClassesNamingThem() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.count(new double[] {0.1, 0.9}, new double[] {1}, 2, 2, 1, 0.5));
        assertTrue(e.getMessage().contains("y of 1 values") && e.getMessage().contains("2 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.count(new double[] {0.1, 0.9}, new double[] {2}, 1, 2, 1, 0.5));
        assertTrue(e.getMessage().contains("label 2.0") && e.getMessage().contains("[0, 1]"), e.getMessage());
    }
}
