package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.Metric;

class GradingTest {
    private static final INDArray TWO_BITS = Nd4j.createFromArray(new float[][] {{0, 1}, {1, 0}, {1, 1}});
    private static final INDArray REAL = Nd4j.createFromArray(new float[][] {{0.5f}, {2.25f}, {-1}});

    @Test
    void severalSigmoidOutputsAreGradedOneBitAtATime() {
        Grading g = Grading.of(Activation.SIGMOID, 2, TWO_BITS);
        assertEquals(Grading.BINARY, g);
        assertEquals(List.of(Metric.BINARY_ACCURACY), g.metrics());
        assertArrayEquals(new int[] {0, 1}, g.predicted(new double[] {0.2, 0.9}));
        assertTrue(g.correct(new double[] {0.2, 0.9}, new double[] {0, 1}), "both bits right");
        assertFalse(g.correct(new double[] {0.6, 0.9}, new double[] {0, 1}), "one bit wrong");
    }

    @Test
    void softmaxIsCategoricalForOneHotLabelsAndSparseForClassIndices() {
        assertEquals(Grading.CATEGORICAL, Grading.of(Activation.SOFTMAX, 2, TWO_BITS));
        Grading sparse = Grading.of(Activation.SOFTMAX, 3, Nd4j.createFromArray(new float[][] {{2}, {0}}));
        assertEquals(Grading.SPARSE, sparse);
        assertTrue(sparse.correct(new double[] {0.1, 0.2, 0.7}, new double[] {2}));
        assertFalse(sparse.correct(new double[] {0.1, 0.7, 0.2}, new double[] {2}));
    }

    @Test
    void realValuedLabelsOnALinearOutputAreRegressionWithErrorsAndNoAccuracy() {
        Grading g = Grading.of(Activation.LINEAR, 1, REAL);
        assertEquals(Grading.REGRESSION, g);
        assertEquals(List.of(Metric.MAE, Metric.MSE), g.metrics());
        assertNull(g.accuracyName());
        assertFalse(g.correct(new double[] {0.5}, new double[] {0.5}), "regression has no right answer");
    }

    @Test
    void zeroOneLabelsOnATanhOutputAreStillGradedAsBits() {
        assertEquals(Grading.BINARY, Grading.of(Activation.TANH, 2, TWO_BITS));
    }

    @Test
    void goalsFitTheTask() {
        assertEquals(1.0, Grading.BINARY.goal(true, TWO_BITS).target());
        assertEquals("binary_accuracy", Grading.BINARY.goal(false, TWO_BITS).series());
        assertEquals(Grading.SAMPLED_ACCURACY_GOAL, Grading.SPARSE.goal(false, REAL).target());
        // Population variance of {0.5, 2.25, -1} is 1.7639; a tenth of it is the MSE to reach.
        var regression = Grading.REGRESSION.goal(false, REAL);
        assertEquals("mse", regression.series());
        assertTrue(regression.minimize());
        assertEquals(0.17639, regression.target(), 1e-4);
    }
}
