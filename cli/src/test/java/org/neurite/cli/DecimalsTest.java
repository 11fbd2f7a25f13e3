package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void smallNumbersArePrintedWithoutAnExponentAndReadBackExactly() {
        assertEquals("0.00037720523", Decimals.plain(3.7720523E-4f));
        assertEquals(3.7720523E-4f, Float.parseFloat(Decimals.plain(3.7720523E-4f)));
        assertEquals("123456792", Decimals.plain(1.2345679E8f));
        assertEquals("1", Decimals.plain(1.0f));
        assertEquals("0.1", Decimals.plain(0.1));
        assertEquals("-2.5", Decimals.plain(-2.5));
    }

    @Test
    void tableCellsShowIntegersAsIntegersAndOthersWithThreeDecimals() {
        assertEquals("3", Decimals.short3(3.0));
        assertEquals("-0.125", Decimals.short3(-0.125));
        assertEquals("0.333", Decimals.short3(1 / 3.0));
        assertEquals("984.6", Decimals.short3(984.6));
    }
}
