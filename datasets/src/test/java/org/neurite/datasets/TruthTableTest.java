package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Dataset;

class TruthTableTest {
    /** Bit j (0 = first input) of row r in an n-input table, first input most significant. */
    static int bit(int r, int j, int n) {
        return (r >> (n - 1 - j)) & 1;
    }

    static void assertInputsEnumerateRows(Dataset table, int n) {
        assertEquals(1 << n, table.size());
        assertEquals(n, table.featureCount());
        for (int r = 0; r < table.size(); r++) {
            for (int j = 0; j < n; j++) {
                assertEquals(bit(r, j, n), table.features().getDouble(r, j), "row " + r + " input " + j);
            }
        }
    }

    @Test
    void twoInputGatesMatchTheirDefinitionsRowByRow() {
        Map<BooleanFunction, IntBinaryOperator> gates = Map.of(
                BooleanTasks.and(), (a, b) -> a & b,
                BooleanTasks.or(), (a, b) -> a | b,
                BooleanTasks.nand(), (a, b) -> 1 - (a & b),
                BooleanTasks.nor(), (a, b) -> 1 - (a | b),
                BooleanTasks.xor(), (a, b) -> a ^ b,
                BooleanTasks.xnor(), (a, b) -> 1 - (a ^ b),
                BooleanTasks.implies(), (a, b) -> (1 - a) | b);
        gates.forEach((gate, reference) -> {
            Dataset table = TruthTable.of(gate);
            assertInputsEnumerateRows(table, 2);
            for (int r = 0; r < 4; r++) {
                assertEquals(reference.applyAsInt(bit(r, 0, 2), bit(r, 1, 2)), table.labels().getDouble(r, 0),
                        gate.name() + " row " + r);
            }
        });
    }

    @Test
    void notFlipsItsOneInput() {
        Dataset table = TruthTable.of(BooleanTasks.not());
        assertInputsEnumerateRows(table, 1);
        assertEquals(1.0, table.labels().getDouble(0, 0));
        assertEquals(0.0, table.labels().getDouble(1, 0));
    }

    @Test
    void parityAndMajorityMatchBitCountsRowByRow() {
        for (int n = 1; n <= 5; n++) {
            Dataset parity = TruthTable.of(BooleanTasks.parity(n));
            Dataset majority = TruthTable.of(BooleanTasks.majority(n));
            assertInputsEnumerateRows(parity, n);
            assertInputsEnumerateRows(majority, n);
            for (int r = 0; r < 1 << n; r++) {
                assertEquals(Integer.bitCount(r) % 2, parity.labels().getDouble(r, 0), "parity:" + n + " row " + r);
                assertEquals(2 * Integer.bitCount(r) > n ? 1 : 0, majority.labels().getDouble(r, 0),
                        "majority:" + n + " row " + r);
            }
        }
    }

    @Test
    void identityCopiesEveryInputToItsLabelColumn() {
        Dataset table = TruthTable.of(BooleanTasks.identity(3));
        assertInputsEnumerateRows(table, 3);
        assertEquals(table.features(), table.labels());
    }

    @Test
    void aPredicateOfThreeInputsIsEnumeratedRowByRow() {
        BooleanFunction f = BooleanFunction.of("a and not c", 3, b -> b[0] && !b[2]);
        Dataset table = TruthTable.of(f);
        for (int r = 0; r < 8; r++) {
            assertEquals(bit(r, 0, 3) == 1 && bit(r, 2, 3) == 0 ? 1.0 : 0.0, table.labels().getDouble(r, 0));
        }
    }

    @Test
    void aFunctionGivenAsATableReproducesThatTable() {
        int[] outputs = {0, 1, 1, 1, 0, 0, 1, 0};
        Dataset table = TruthTable.of(BooleanFunction.fromTable("mine", outputs));
        assertInputsEnumerateRows(table, 3);
        for (int r = 0; r < 8; r++) {
            assertEquals(outputs[r], table.labels().getDouble(r, 0));
        }
    }

    @Test
    void plusMinusOneEncodingMapsZeroToMinusOneForInputsAndLabels() {
        Encoding pm = Encoding.defaults().withInputs(BitEncoding.PLUS_MINUS_ONE)
                .withLabels(LabelEncoding.PLUS_MINUS_ONE);
        Dataset table = TruthTable.of(BooleanTasks.xor(), pm);
        assertArrayEquals(new double[] {-1, -1, -1, 1, 1, -1, 1, 1}, table.features().data().asDouble());
        assertArrayEquals(new double[] {-1, 1, 1, -1}, table.labels().data().asDouble());
    }

    @Test
    void oneHotLabelsOfOneOutputAreNotYThenY() {
        Dataset table = TruthTable.of(BooleanTasks.xor(), Encoding.defaults().withLabels(LabelEncoding.ONE_HOT));
        assertArrayEquals(new long[] {4, 2}, table.labels().shape());
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 1, 1, 0}, table.labels().data().asDouble());
    }

    @Test
    void oneHotLabelsOfSeveralOutputsSelectTheOutputWordsColumn() {
        Dataset table = TruthTable.of(BooleanTasks.identity(2), Encoding.defaults().withLabels(LabelEncoding.ONE_HOT));
        assertArrayEquals(new long[] {4, 4}, table.labels().shape());
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(r == c ? 1.0 : 0.0, table.labels().getDouble(r, c), "row " + r + " column " + c);
            }
        }
    }

    @Test
    void arraysAreFloatUnlessDoubleIsAsked() {
        assertEquals(DataType.FLOAT, TruthTable.of(BooleanTasks.and()).features().dataType());
        Dataset d = TruthTable.of(BooleanTasks.and(), Encoding.defaults().withDataType(DataType.DOUBLE));
        assertEquals(DataType.DOUBLE, d.features().dataType());
        assertEquals(DataType.DOUBLE, d.labels().dataType());
    }

    @Test
    void refusesTablesAboveTheInputLimitNamingTheRowsNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TruthTable.of(BooleanTasks.parity(TruthTable.MAX_INPUTS + 1)));
        assertTrue(e.getMessage().contains("2097152 rows") && e.getMessage().contains("limited to 20 inputs"),
                e.getMessage());
    }

    @Test
    void enumeratesExactlyTheLargestAllowedTableOfTwentyInputs() {
        Dataset table = TruthTable.of(BooleanFunction.of("first", TruthTable.MAX_INPUTS, b -> b[0]));
        assertEquals(1 << 20, table.size());
        assertEquals(20, table.featureCount());
        int last = (1 << 20) - 1;
        int half = 1 << 19;
        for (int j = 0; j < 20; j++) {
            assertEquals(1.0, table.features().getDouble(last, j), "input " + j);
            assertEquals(j == 0 ? 1.0 : 0.0, table.features().getDouble(half, j), "input " + j);
        }
        assertEquals(0.0, table.labels().getDouble(half - 1, 0));
        assertEquals(1.0, table.labels().getDouble(half, 0));
        assertEquals((double) half, table.labels().sumNumber().doubleValue());
    }

    @Test
    void refusesTwentyOneInputsNamingTheFunctionTheRowsAndTheLimit() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> TruthTable.of(BooleanFunction.of("wide", 21, b -> true))).getMessage();
        assertTrue(m.startsWith("TruthTable.of('wide'): 21 inputs would need 2^21 = 2097152 rows")
                && m.contains("limited to 20 inputs (1048576 rows)"), m);
    }

    @Test
    void refusesSixtyTwoAndSixtyThreeInputsWithoutOverflowingTheRowCount() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> TruthTable.of(BooleanFunction.of("wide", 62, b -> true))).getMessage();
        assertTrue(m.contains("62 inputs would need 2^62 = 4611686018427387904 rows"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> TruthTable.of(BooleanFunction.of("wider", 63, b -> true))).getMessage();
        assertTrue(m.contains("63 inputs would need 2^63 = more than 2^62 rows"), m);
    }

    @Test
    void plusMinusOneLabelsOfSeveralOutputsFillOneColumnPerOutputBit() {
        Dataset table = TruthTable.of(BooleanTasks.identity(2), Encoding.defaults()
                .withLabels(LabelEncoding.PLUS_MINUS_ONE));
        assertArrayEquals(new double[] {-1, -1, -1, 1, 1, -1, 1, 1}, table.labels().data().asDouble());
    }
}
