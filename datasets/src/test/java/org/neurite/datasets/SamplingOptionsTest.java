package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SamplingOptionsTest {
    @Test
    void defaultsDrawAThousandCleanRows() {
        SamplingOptions o = SamplingOptions.defaults();
        assertEquals(1000, o.rows());
        assertEquals(0.0, o.labelNoise());
        assertEquals(0.0, o.inputJitter());
        assertEquals(Encoding.defaults(), o.encoding());
    }

    @Test
    void refusesLabelNoiseOutsideTheUnitInterval() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplingOptions.defaults().withLabelNoise(1.5));
        assertTrue(e.getMessage().contains("labelNoise=1.5"), e.getMessage());
    }

    @Test
    void refusesNegativeOrNonFiniteJitter() {
        assertThrows(IllegalArgumentException.class, () -> SamplingOptions.defaults().withInputJitter(-0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplingOptions.defaults().withInputJitter(Double.NaN));
        assertTrue(e.getMessage().contains("inputJitter=NaN"), e.getMessage());
    }

    @Test
    void refusesZeroRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplingOptions.defaults().withRows(0));
        assertTrue(e.getMessage().contains("rows=0"), e.getMessage());
    }
}
