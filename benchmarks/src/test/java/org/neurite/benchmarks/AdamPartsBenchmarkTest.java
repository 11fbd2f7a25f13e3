package org.neurite.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdamPartsBenchmarkTest {
    @Test
    void theWholeUpdateItsArithmeticAndItsCopiesEachRunOneShortIteration() throws Exception {
        var results = JmhSmoke.run("AdamPartsBenchmark\\.", "parameters", "26122");
        JmhSmoke.assertRan(results, List.of("AdamPartsBenchmark.neuriteAdam", "AdamPartsBenchmark.arithmeticOnly",
                "AdamPartsBenchmark.copiesOnly"));
    }

    @Test
    void theArithmeticOnJavaArraysIsAdamsFirstStepFromTheKerasFormula() {
        // From zero moments, with lr 1e-3 and no bias correction (the floor's alpha): m = 0.1 g, v = 0.001 g^2,
        // theta -= 1e-3 * m / (sqrt(v) + 1e-7).
        float[] g = {0.5f, -2f, 1e-3f};
        float[] p = {1f, 1f, 1f};
        float[] m = new float[3];
        float[] v = new float[3];
        FusedAdam.arithmetic(p, g, m, v, 3, 1e-3f);
        for (int i = 0; i < 3; i++) {
            double mi = 0.1 * g[i];
            double vi = 0.001 * g[i] * g[i];
            assertEquals(mi, m[i], 1e-7 * Math.abs(mi));
            assertEquals(vi, v[i], 1e-6 * vi);
            assertEquals(1 - 1e-3 * mi / (Math.sqrt(vi) + 1e-7), p[i], 1e-7);
        }
    }
}
