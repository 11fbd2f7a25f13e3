package org.neurite.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.core.constraints.MaxNorm;
import org.neurite.core.constraints.NonNeg;
import org.neurite.core.constraints.UnitNorm;
import org.neurite.core.regularizers.L1;
import org.neurite.core.regularizers.L1L2;
import org.neurite.core.regularizers.L2;

class LayerConfigTest {
    @Test
    void readsEveryRegularizerAndConstraintFromKerasNestedForm() {
        for (Object r : List.of(new L1(0.2), new L2(0.3), new L1L2(0.1, 0.4))) {
            org.neurite.core.regularizers.Regularizer reg = (org.neurite.core.regularizers.Regularizer) r;
            assertEquals(reg, LayerConfig.regularizer(LayerConfig.nested(reg.className(), reg.config())));
        }
        for (Object c : List.of(new MaxNorm(3, 1), new NonNeg(), new UnitNorm(-1))) {
            org.neurite.core.constraints.Constraint con = (org.neurite.core.constraints.Constraint) c;
            assertEquals(con, LayerConfig.constraint(LayerConfig.nested(con.className(), con.config())));
        }
        assertNull(LayerConfig.regularizer(null));
        assertEquals(new L2(0.01), LayerConfig.regularizer(Map.of("class_name", "L2")));
    }

    @Test
    void namesTheUnknownClassAndTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerConfig.layer("Conv2D", Map.of()));
        assertTrue(e.getMessage().contains("\"Conv2D\"") && e.getMessage().contains("BatchNormalization")
                && e.getMessage().contains("LayerConfig.register"), e.getMessage());
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
                () -> LayerConfig.regularizer(Map.of("class_name", "L3")));
        assertTrue(r.getMessage().contains("L3"), r.getMessage());
    }

    @Test
    void valuesOfTheWrongTypeAreNamedNotThrownAsCastErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerConfig.layer("Dropout", Map.of("rate", "half")));
        assertTrue(e.getMessage().contains("rate") && e.getMessage().contains("half"), e.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> LayerConfig.layer("GaussianNoise", Map.of("stddev", 0.1, "seed", "x")));
        assertTrue(s.getMessage().contains("GaussianNoise"), s.getMessage());
    }

    @Test
    void refusesToRegisterOverDenseOrWithoutAFactory() {
        assertThrows(IllegalArgumentException.class, () -> LayerConfig.register("Dense", c -> null));
        assertThrows(IllegalArgumentException.class, () -> LayerConfig.register(" ", c -> null));
        assertThrows(IllegalArgumentException.class, () -> LayerConfig.register("Mine", null));
    }

    @Test
    void readsKeras3ConfigsWithNestedInitializersAndGivenStatistics() {
        Map<String, Object> bn = Map.of("name", "bn", "axis", -1, "momentum", 0.9, "epsilon", 0.001,
                "gamma_initializer", Map.of("module", "keras.initializers", "class_name", "Ones", "config", Map.of()),
                "moving_variance_initializer", Map.of("class_name", "GlorotUniform", "config", Map.of()));
        BatchNormalization layer = (BatchNormalization) LayerConfig.layer("BatchNormalization", bn);
        assertEquals("ones", layer.gammaInitializer().name());
        assertEquals("glorot_uniform", layer.movingVarianceInitializer().name());
        assertEquals(0.9, layer.momentum());
        Normalization n = (Normalization) LayerConfig.layer("Normalization",
                Map.of("mean", List.of(1.0, 2), "variance", List.of(4.0, 9.0)));
        assertEquals(List.of(1.0, 2.0), java.util.Arrays.stream(n.mean()).boxed().toList());
        IllegalArgumentException rms = assertThrows(IllegalArgumentException.class,
                () -> LayerConfig.layer("LayerNormalization", Map.of("rms_scaling", true)));
        assertTrue(rms.getMessage().contains("rms_scaling=true"), rms.getMessage());
    }
}
