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

    @Test
    void acceptsOneRowAndLabelNoiseAndJitterAtTheEdgesOfTheirRanges() {
        SamplingOptions o = SamplingOptions.defaults();
        assertEquals(1, o.withRows(1).rows());
        assertEquals(0.0, o.withLabelNoise(0).labelNoise());
        assertEquals(1.0, o.withLabelNoise(1).labelNoise());
        assertEquals(0.0, o.withInputJitter(0).inputJitter());
        assertEquals(Double.MAX_VALUE, o.withInputJitter(Double.MAX_VALUE).inputJitter());
    }

    @Test
    void refusesValuesJustOutsideTheRangesNamingTheArgumentAndTheValue() {
        SamplingOptions o = SamplingOptions.defaults();
        for (double noise : new double[] {Math.nextUp(1.0), -Double.MIN_VALUE, Double.NaN}) {
            String m = assertThrows(IllegalArgumentException.class, () -> o.withLabelNoise(noise)).getMessage();
            assertTrue(m.contains("SamplingOptions.labelNoise") && m.contains("received labelNoise=" + noise), m);
        }
        for (double jitter : new double[] {-Double.MIN_VALUE, Double.POSITIVE_INFINITY}) {
            String m = assertThrows(IllegalArgumentException.class, () -> o.withInputJitter(jitter)).getMessage();
            assertTrue(m.contains("SamplingOptions.inputJitter") && m.contains("received inputJitter=" + jitter), m);
        }
        String m = assertThrows(IllegalArgumentException.class, () -> o.withEncoding(null)).getMessage();
        assertTrue(m.contains("SamplingOptions.encoding must not be null"), m);
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        SamplingOptions o = new SamplingOptions(10, 3, 0.1, 0.2, Encoding.defaults());
        assertEquals(new SamplingOptions(11, 3, 0.1, 0.2, Encoding.defaults()), o.withRows(11));
        assertEquals(new SamplingOptions(10, 4, 0.1, 0.2, Encoding.defaults()), o.withSeed(4));
        Encoding pm = Encoding.defaults().withInputs(BitEncoding.PLUS_MINUS_ONE);
        assertEquals(new SamplingOptions(10, 3, 0.1, 0.2, pm), o.withEncoding(pm));
    }
}
