package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkloadTest {
    @Test
    void namedWorkloadsHaveTheIssuesShapes() {
        assertArrayEquals(new int[] {2, 4, 1}, Workload.named("xor-tiny").widths());
        assertArrayEquals(new int[] {64, 128, 128, 10}, Workload.named("mlp-medium").widths());
        assertArrayEquals(new int[] {784, 1024, 1024, 10}, Workload.named("mlp-large").widths());
        assertEquals(256, Workload.MLP_LARGE.batch());
    }

    @Test
    void fixedBatchIsXorForTinyAndOneHotLabelsOtherwise() {
        assertArrayEquals(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, Workload.XOR_TINY.features().data().asFloat());
        assertArrayEquals(new float[] {0, 1, 1, 0}, Workload.XOR_TINY.labels().data().asFloat());
        float[] y = Workload.MLP_MEDIUM.labels().data().asFloat();
        for (int r = 0; r < 32; r++) {
            float sum = 0;
            for (int c = 0; c < 10; c++) {
                sum += y[r * 10 + c];
            }
            assertEquals(1f, sum, "row " + r);
        }
        assertArrayEquals(Workload.MLP_MEDIUM.features().data().asFloat(),
                Workload.MLP_MEDIUM.features().data().asFloat(), "seeded: the same every time");
    }

    @Test
    void stepFlopsCountForwardWeightAndInputGradientProducts() {
        // xor-tiny: layer 0: 2·4·2·4 (z and dW); layer 1: 2·4·4·1·3 (z, dW, dA).
        assertEquals(2.0 * 4 * 2 * 4 * 2 + 2.0 * 4 * 4 * 1 * 3, Workload.XOR_TINY.stepFlops());
    }

    @Test
    void rejectsAnUnknownNameListingTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Workload.named("mlp-huge"));
        assertTrue(e.getMessage().contains("'mlp-huge'") && e.getMessage().contains("xor-tiny"), e.getMessage());
    }
}
