package org.neurite.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(100, Ticks.step(54), 1e-12);
        assertEquals(0.2, Ticks.step(0.13), 1e-12);
        assertEquals(5, Ticks.step(5), 1e-12);
        assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 400.0, 500.0), Ticks.within(0, 500, 5));
    }

    @Test
    void labelsArePlainDecimals() {
        assertEquals("0.001", Ticks.label(0.001));
        assertEquals("250", Ticks.label(250));
        assertEquals("-0.5", Ticks.label(-0.5));
    }

    @Test
    void aLogAxisHasRoundDecadeTicksAndTwoAndFiveWhenTheRangeIsShort() {
        Axis wide = Axis.log(0.0015, 0.7, 300, 0);
        assertEquals(List.of(0.001, 0.01, 0.1, 1.0), wide.ticks().stream().map(t -> Double.parseDouble(Ticks.label(t)))
                .toList());
        Axis narrow = Axis.log(0.02, 0.7, 300, 0);
        assertEquals(List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0), narrow.ticks().stream()
                .map(t -> Double.parseDouble(Ticks.label(t))).toList());
        assertEquals(300, narrow.pixel(0.01), 1e-9);
        assertEquals(0, narrow.pixel(1), 1e-9);
    }
}
