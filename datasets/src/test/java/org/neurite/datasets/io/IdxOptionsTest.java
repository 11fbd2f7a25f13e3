package org.neurite.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class IdxOptionsTest {
    @Test
    void defaultsKeepStoredValuesAndClassIndexLabelsInFloat() {
        IdxOptions o = IdxOptions.defaults();
        assertEquals(1.0, o.featureScale());
        assertFalse(o.oneHotLabels());
        assertEquals(0, o.classes());
        assertEquals(DataType.FLOAT, o.dataType());
    }

    @Test
    void refusesANonPositiveScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IdxOptions.defaults().withFeatureScale(0));
        assertTrue(e.getMessage().contains("featureScale=0.0"), e.getMessage());
    }

    @Test
    void refusesNegativeClassesAndIntegerTypes() {
        assertThrows(IllegalArgumentException.class, () -> IdxOptions.defaults().withClasses(-1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IdxOptions.defaults().withDataType(DataType.INT32));
        assertTrue(e.getMessage().contains("dataType=INT"), e.getMessage());
    }
}
