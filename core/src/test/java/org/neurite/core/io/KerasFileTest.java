package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.Sequential;

class KerasFileTest {
    @ParameterizedTest
    @ValueSource(strings = {"written-by-keras/xor_2-4-1_adam.keras", "written-by-keras/xor_2-4-1_adam.h5",
            "written-by-keras/xor_2-4-1_uncompiled.keras"})
    void supportedFixturesPredictWithinTheReadmeTolerance(String name) {
        Sequential model = Sequential.load(KerasFixtures.file(name));
        String base = name.substring(0, name.lastIndexOf('.'));
        KerasFixtures.assertClose(KerasFixtures.expected(base), model.predict(KerasFixtures.inputs(base)));
        assertEquals(DataType.FLOAT, model.dataType());
    }

    @Test
    void theLstmFixtureIsRefusedNamingTheLayerItsClassAndWhatIsSupported() {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> Sequential.load(KerasFixtures.file("lstm_keras2.3.0-tf_functional.h5")));
        assertTrue(e.getMessage().contains("UNSUPPORTED: layer LSTM (lstm"), e.getMessage());
        assertTrue(e.getMessage().contains("[InputLayer, Dense"), e.getMessage());
    }
}
