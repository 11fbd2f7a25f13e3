package org.neurite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Goal;
import org.neurite.core.History;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;
import org.neurite.core.layers.Dense;

class GoalsTest {
    private static final INDArray X = TestModels.matrix(new double[][] {{-1}, {0}, {1}, {2}});
    /** Labels with variance 5: the constant predictor's MSE. */
    private static final INDArray Y = TestModels.labels(-1, 1, 3, 5);

    private static History last(double loss) {
        History history = new History();
        history.record(0, Map.of("loss", 10.0));
        history.record(1, Map.of("loss", loss));
        return history;
    }

    private static Sequential line() {
        return TestModels.compiled(1, 0.1, Loss.MEAN_SQUARED_ERROR, new Dense(1));
    }

    @Test
    void withoutAGoalALossOfATenthOfTheConstantPredictorsHasLearned() {
        assertEquals(Boolean.TRUE, Goals.learned(line(), X, Y, last(0.5), null), "0.5 = 0.1 · 5");
        assertEquals(Boolean.FALSE, Goals.learned(line(), X, Y, last(Math.nextUp(0.5)), null));
        assertEquals(Boolean.FALSE, Goals.learned(line(), X, Y, last(Double.NaN), null));
        assertNull(Goals.learned(line(), X, Y, null, null), "no history: unknown");
        assertNull(Goals.learned(line(), X, Y, new History(), null));
    }

    @Test
    void anExplicitGoalIsJudgedOnItsOwnSeries() {
        assertEquals(Boolean.TRUE, Goals.learned(line(), X, Y, last(3), Goal.loss(3)));
        assertEquals(Boolean.FALSE, Goals.learned(line(), X, Y, last(0.01), Goal.loss(0.001)));
    }

    @Test
    void conflictingRowsMakeTheDefaultGoalUnknown() {
        INDArray x = TestModels.matrix(new double[][] {{0}, {0}, {1}, {2}});
        assertNull(Goals.learned(line(), x, Y, last(0.01), null), "row 0 and row 1 are equal with labels -1 and 1");
        assertTrue(Goals.consistent(TestModels.matrix(new double[][] {{0}, {0}, {1}}), new double[][] {{1}, {1}, {2}}));
        assertFalse(Goals.consistent(TestModels.matrix(new double[][] {{0}, {0}, {1}}), new double[][] {{1}, {2}, {2}}));
    }

    @Test
    void theDefaultGoalIsATenthOfTheConstantPredictorsLossForColumnOrVectorLabels() {
        assertEquals(Goal.loss(0.5).toString(), Goals.defaultGoal(line(), Y).toString());
        assertEquals(Goal.loss(0.5).toString(), Goals.defaultGoal(line(), Y.reshape(4)).toString());
    }

    @Test
    void rowsOfSeveralColumnsAreComparedWholeInDoubleAndInFloat() {
        // XOR's four rows are distinct, so its labels are consistent; a repeated row (0, 1) with another label is not.
        double[][] xor = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] labels = {{0}, {1}, {1}, {0}};
        double[][] repeated = {{0, 0}, {0, 1}, {0, 1}, {1, 1}};
        for (org.nd4j.linalg.api.buffer.DataType type : new org.nd4j.linalg.api.buffer.DataType[] {
            org.nd4j.linalg.api.buffer.DataType.DOUBLE, org.nd4j.linalg.api.buffer.DataType.FLOAT}) {
            assertTrue(Goals.consistent(TestModels.matrix(xor).castTo(type), labels), type::toString);
            assertFalse(Goals.consistent(TestModels.matrix(repeated).castTo(type), new double[][] {{0}, {1}, {0}, {0}}),
                    type::toString);
            assertTrue(Goals.consistent(TestModels.matrix(repeated).castTo(type), labels),
                    type + ": the repeated row has the same label twice");
        }
    }

    @Test
    void rowsWhoseHashesCollideAreStillToldApart() {
        // 0 and the double with bits 0x3FF000003FF00000 (about 1.0000002) both have Double.hashCode 0.
        double collider = Double.longBitsToDouble(0x3FF000003FF00000L);
        assertEquals(Double.hashCode(0.0), Double.hashCode(collider), "the construction");
        assertTrue(Goals.consistent(TestModels.matrix(new double[][] {{0}, {collider}}), new double[][] {{0}, {1}}));
    }
}
