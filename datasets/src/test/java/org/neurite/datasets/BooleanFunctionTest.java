package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BooleanFunctionTest {
    @Test
    void fromTableInfersTheInputCountAndReadsRowsMostSignificantFirst() {
        BooleanFunction f = BooleanFunction.fromTable("only 10", 0, 0, 1, 0);
        assertEquals(2, f.inputs());
        assertArrayEquals(new boolean[] {true}, f.apply(true, false));
        assertArrayEquals(new boolean[] {false}, f.apply(false, true));
    }

    @Test
    void fromTableRefusesALengthThatIsNotAPowerOfTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BooleanFunction.fromTable("bad", 0, 1, 1));
        assertTrue(e.getMessage().contains("received 3"), e.getMessage());
    }

    @Test
    void fromTableRefusesValuesOtherThanZeroAndOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BooleanFunction.fromTable("bad", 0, 2));
        assertTrue(e.getMessage().contains("received 2 at row 1"), e.getMessage());
    }

    @Test
    void applyRefusesTheWrongNumberOfInputs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BooleanTasks.xor().apply(true));
        assertTrue(e.getMessage().contains("takes 2 inputs; received 1 bits"), e.getMessage());
    }

    @Test
    void refusesZeroInputs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BooleanFunction.of("f", 0, b -> true));
        assertTrue(e.getMessage().contains("inputs=0"), e.getMessage());
    }

    @Test
    void fromTableAcceptsTablesOfTwoToTwoToTheTwentyRows() {
        assertEquals(1, BooleanFunction.fromTable("not", 1, 0).inputs());
        int[] outputs = new int[1 << TruthTable.MAX_INPUTS];
        outputs[outputs.length - 1] = 1;
        BooleanFunction and20 = BooleanFunction.fromTable("and20", outputs);
        assertEquals(20, and20.inputs());
        boolean[] ones = new boolean[20];
        java.util.Arrays.fill(ones, true);
        assertArrayEquals(new boolean[] {true}, and20.apply(ones));
    }

    @Test
    void fromTableRefusesOneRowNoRowAndTwoToTheTwentyOneRowsNamingTheLength() {
        for (int[] outputs : new int[][] {{1}, {}, null, new int[1 << (TruthTable.MAX_INPUTS + 1)]}) {
            int n = outputs == null ? 0 : outputs.length;
            String m = assertThrows(IllegalArgumentException.class,
                    () -> BooleanFunction.fromTable("t", outputs)).getMessage();
            assertTrue(m.startsWith("BooleanFunction.fromTable('t'): the table needs 2^k outputs")
                    && m.contains("received " + n + "."), m);
        }
    }
}
