package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;

class LayerSpecTest {
    @Test
    void parsesUnitsAndActivationsInOrder() {
        List<Dense> layers = LayerSpec.parse("4:tanh, 3:relu,1:sigmoid", true);
        assertEquals(3, layers.size());
        assertEquals(4, layers.get(0).units());
        assertEquals(Activation.TANH, layers.get(0).activation());
        assertEquals(Activation.RELU, layers.get(1).activation());
        assertEquals(Activation.SIGMOID, layers.get(2).activation());
        assertTrue(layers.get(2).useBias());
    }

    @Test
    void aLayerWithoutActivationIsLinearAndNoBiasAppliesToAll() {
        List<Dense> layers = LayerSpec.parse("2,1:sigmoid", false);
        assertEquals(Activation.LINEAR, layers.get(0).activation());
        assertFalse(layers.get(0).useBias());
        assertFalse(layers.get(1).useBias());
    }

    @Test
    void rejectsABadTokenAndNamesIt() {
        UsageException e = assertThrows(UsageException.class, () -> LayerSpec.parse("4:tanh,x:relu", true));
        assertTrue(e.getMessage().contains("'x:relu'"), e.getMessage());
        UsageException a = assertThrows(UsageException.class, () -> LayerSpec.parse("4:tanhh", true));
        assertTrue(a.getMessage().contains("'tanhh'"), a.getMessage());
        assertThrows(UsageException.class, () -> LayerSpec.parse("0:relu", true));
        assertThrows(UsageException.class, () -> LayerSpec.parse("4,,1", true));
    }

    @Test
    void describesTheModelShape() {
        assertEquals("2 → 4 tanh → 1 sigmoid", LayerSpec.describe(2, LayerSpec.parse("4:tanh,1:sigmoid", true)));
    }

    @Test
    void aLayerTakesBiasNobiasAndAnInitializerAsOptionsAndFormatsBackTheSame() {
        List<Dense> layers = LayerSpec.parse("1:sigmoid,1:sigmoid:bias:he_normal", false);
        assertEquals(false, layers.get(0).useBias());
        assertEquals(true, layers.get(1).useBias());
        assertEquals("he_normal", layers.get(1).kernelInitializer().name());
        assertEquals("1:sigmoid,1:sigmoid:bias:he_normal", LayerSpec.format(layers, true));
        assertEquals("1:sigmoid:nobias,1:sigmoid:he_normal", LayerSpec.format(layers, false));
    }

    @Test
    void rejectsAnUnknownLayerOptionNamingIt() {
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> LayerSpec.parse("4:tanh:wide", true));
        assertTrue(e.getMessage().contains("'wide'") && e.getMessage().contains("nobias"), e.getMessage());
    }
}
