package org.neurite.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class EncodingTest {
    @Test
    void defaultsAreZeroOneFloat() {
        Encoding e = Encoding.defaults();
        assertEquals(BitEncoding.ZERO_ONE, e.inputs());
        assertEquals(LabelEncoding.ZERO_ONE, e.labels());
        assertEquals(DataType.FLOAT, e.dataType());
    }

    @Test
    void withersChangeOneComponent() {
        Encoding e = Encoding.defaults().withLabels(LabelEncoding.ONE_HOT);
        assertEquals(new Encoding(BitEncoding.ZERO_ONE, LabelEncoding.ONE_HOT, DataType.FLOAT), e);
    }

    @Test
    void refusesNonFloatingDataTypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Encoding.defaults().withDataType(DataType.INT32));
        assertTrue(e.getMessage().contains("dataType=INT"), e.getMessage());
    }

    @Test
    void oneHotRefusesMoreOutputBitsThanItsColumnLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelEncoding.ONE_HOT.columns(17));
        assertTrue(e.getMessage().contains("17 output bits"), e.getMessage());
        assertEquals(8, LabelEncoding.ONE_HOT.columns(3));
        assertEquals(65536, LabelEncoding.ONE_HOT.columns(LabelEncoding.MAX_ONE_HOT_OUTPUTS));
        assertEquals(3, LabelEncoding.PLUS_MINUS_ONE.columns(3));
    }
}
