package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BooleanTasksTest {
    @Test
    void byNameResolvesGatesCaseInsensitively() {
        for (String name : new String[] {"and", "or", "nand", "nor", "xor", "xnor", "implies", "not"}) {
            BooleanFunction f = BooleanTasks.byName(" " + name.toUpperCase() + " ");
            assertEquals(name, f.name());
            assertEquals(name.equals("not") ? 1 : 2, f.inputs());
        }
    }

    @Test
    void byNameResolvesFamiliesWithTheirBitCount() {
        BooleanFunction identity = BooleanTasks.byName("identity:3");
        assertEquals(3, identity.inputs());
        assertEquals(3, identity.outputs());
        assertEquals(4, BooleanTasks.byName("parity:4").inputs());
        assertEquals("majority:5", BooleanTasks.byName("majority:5").name());
    }

    @Test
    void byNameOfAnUnknownTaskListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BooleanTasks.byName("xorr"));
        assertTrue(e.getMessage().contains("'xorr'") && e.getMessage().contains(BooleanTasks.KNOWN_NAMES),
                e.getMessage());
    }

    @Test
    void byNameOfAFamilyWithoutABitCountShowsTheForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BooleanTasks.byName("parity"));
        assertTrue(e.getMessage().contains("'parity:3'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BooleanTasks.byName("parity:x"));
    }

    @Test
    void byNameRefusesABitCountOnAFixedGate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BooleanTasks.byName("xor:3"));
        assertTrue(e.getMessage().contains("takes no bit count"), e.getMessage());
    }

    @Test
    void familiesRefuseZeroBits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BooleanTasks.byName("majority:0"));
        assertTrue(e.getMessage().contains("bits=0"), e.getMessage());
    }

    @Test
    void impliesIsFalseOnlyWhenTheFirstInputHoldsAndTheSecondDoesNot() {
        BooleanFunction f = BooleanTasks.implies();
        assertEquals(false, f.apply(true, false)[0]);
        assertEquals(true, f.apply(false, false)[0]);
        assertEquals(true, f.apply(false, true)[0]);
        assertEquals(true, f.apply(true, true)[0]);
    }

    @Test
    void everyFamilyRejectsZeroBitsNamingItself() {
        assertEquals("BooleanTasks.identity: bits must be >= 1; received bits=0.",
                assertThrows(IllegalArgumentException.class,
                        () -> BooleanTasks.identity(0)).getMessage());
        assertEquals("BooleanTasks.parity: bits must be >= 1; received bits=0.",
                assertThrows(IllegalArgumentException.class,
                        () -> BooleanTasks.parity(0)).getMessage());
        assertEquals("BooleanTasks.majority: bits must be >= 1; received bits=-1.",
                assertThrows(IllegalArgumentException.class,
                        () -> BooleanTasks.majority(-1)).getMessage());
        assertEquals(1, BooleanTasks.identity(1).inputs());
    }
}
