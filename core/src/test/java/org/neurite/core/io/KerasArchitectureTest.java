package org.neurite.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.neurite.core.layers.Dense;

/** Model configs in the shapes Keras 2.2, tf.keras and Keras 3 wrote them, read into Neurite layers or refused. */
class KerasArchitectureTest {
    private static final Path FILE = Path.of("m.keras");

    private static KerasArchitecture read(String json) {
        JsonNode node = Json.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), FILE, "config.json");
        return KerasArchitecture.read(node, false, new Fields(FILE, "config.json"), node.get("build_config"));
    }

    private static String dense(String name, int units, String extra) {
        return "{'class_name': 'Dense', 'config': {'name': '" + name + "', 'units': " + units
                + ", 'activation': 'relu', 'use_bias': true" + extra + "}}";
    }

    @Test
    void aKeras22SequentialWithoutInputLayerTakesItsWidthFromTheFirstLayer() {
        KerasArchitecture a = read("{'class_name': 'Sequential', 'config': [" + dense("d1", 3,
                ", 'batch_input_shape': [null, 7], 'dtype': 'float32', 'kernel_initializer': {'class_name': "
                + "'VarianceScaling', 'config': {'scale': 1.0, 'mode': 'fan_avg', 'distribution': 'uniform', 'seed': "
                + "null}}") + ", " + dense("d2", 1, "") + "]}");
        assertEquals(7, a.inputWidth());
        assertEquals(List.of("Dense", "Dense"), a.kerasClasses());
        assertEquals("glorot_uniform", ((Dense) a.layers().get(0)).kernelInitializer().name());
    }

    @Test
    void tfKerasAndKeras3FunctionalChainsAreRead() {
        String keras2 = "{'class_name': 'Model', 'config': {'name': 'm', 'layers': [{'class_name': 'InputLayer', "
                + "'config': {'batch_input_shape': [null, 5], 'name': 'input_1'}, 'name': 'input_1', 'inbound_nodes': "
                + "[]}, {'class_name': 'Dense', 'name': 'd', 'config': {'name': 'd', 'units': 2}, 'inbound_nodes': "
                + "[[['input_1', 0, 0, {}]]]}], 'input_layers': [['input_1', 0, 0]], 'output_layers': [['d', 0, 0]]}}";
        assertEquals(5, read(keras2).inputWidth());
        String keras3 = "{'class_name': 'Functional', 'config': {'name': 'f', 'layers': [{'class_name': 'InputLayer',"
                + " 'config': {'batch_shape': [null, 4], 'dtype': {'module': 'keras', 'class_name': 'DTypePolicy', "
                + "'config': {'name': 'float64'}}, 'name': 'input_layer_7'}, 'name': 'input_layer_7', 'inbound_nodes': "
                + "[]}, {'class_name': 'Dense', 'name': 'dense_21', 'config': {'name': 'dense_21', 'units': 3}, "
                + "'inbound_nodes': [{'args': [{'class_name': '__keras_tensor__', 'config': {'keras_history': "
                + "['input_layer_7', 0, 0]}}], 'kwargs': {}}]}], 'input_layers': [['input_layer_7', 0, 0]], "
                + "'output_layers': [['dense_21', 0, 0]]}}";
        KerasArchitecture a = read(keras3);
        assertEquals(4, a.inputWidth());
        assertEquals(DataType.DOUBLE, a.dataType());
        assertEquals("dense_21", a.layers().get(0).name());
    }

    @Test
    void denseRegularizersAndConstraintsAreRead() {
        Dense d = (Dense) read("{'class_name': 'Sequential', 'config': {'layers': [{'class_name': 'InputLayer', "
                + "'config': {'batch_shape': [null, 2]}}, " + dense("d", 2, ", 'kernel_regularizer': {'module': "
                + "'keras.regularizers', 'class_name': 'L2', 'config': {'l2': 0.001}, 'registered_name': null}, "
                + "'kernel_constraint': {'module': 'keras.constraints', 'class_name': 'MaxNorm', 'config': "
                + "{'max_value': 3.0, 'axis': 0}, 'registered_name': null}") + "]}}").layers().get(0);
        assertEquals("L2", d.kernelRegularizer().className());
        assertEquals(0.001, ((Number) d.kernelRegularizer().config().get("l2")).doubleValue());
        assertEquals("MaxNorm", d.kernelConstraint().className());
    }

    @Test
    void aFunctionalModelThatIsNotAChainIsRefused() {
        String branch = "{'class_name': 'Functional', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 4], 'name': 'in'}}, {'class_name': 'Dense', 'config': {'name': 'a', "
                + "'units': 3}, 'inbound_nodes': [[['in', 0, 0, {}]]]}, {'class_name': 'Dense', 'config': {'name': 'b',"
                + " 'units': 3}, 'inbound_nodes': [[['in', 0, 0, {}]]]}]}}";
        ModelFileException e = assertThrows(ModelFileException.class, () -> read(branch));
        assertTrue(e.getMessage().contains("layer 'b' (index 2) takes its input from [in]"), e.getMessage());
    }

    @Test
    void settingsNeuriteCannotRepresentAreRefusedNamingLayerAndField() {
        String base = "{'class_name': 'Sequential', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 2]}}, ";
        assertRefused(base + dense("d", 2, ", 'kernel_regularizer': {'class_name': 'OrthogonalRegularizer'}")
                + "]}}", "layer Dense (d, index 1): regularizer class_name must be L1, L2 or L1L2");
        assertRefused(base + dense("d", 2, ", 'trainable': false") + "]}}", "trainable is false");
        assertRefused(base + dense("d", 2, ", 'lora_alpha': 2, 'surprise': 1") + "]}}", "field 'surprise'");
        assertRefused(base + dense("d", 2, ", 'dtype': 'mixed_float16'") + "]}}", "float32 or float64");
        assertRefused(base + dense("d", 2, ", 'activation': 'mish'").replace("'activation': 'relu', ", "")
                + "]}}", "mish");
        assertRefused("{'class_name': 'Sequential', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 3, 2]}}, " + dense("d", 2, "") + "]}}", "[batch, features]");
        assertRefused("{'class_name': 'Sequential', 'config': {'layers': [" + dense("d", 2, "") + "]}}",
                "no input width");
    }

    @Test
    void anInputOfOneFeatureIsReadAndOfNoneRefused() {
        String one = "{'class_name': 'Sequential', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 1]}}, " + dense("d", 2, "") + "]}}";
        assertEquals(1, read(one).inputWidth());
        assertRefused(one.replace("[null, 1]", "[null, 0]"), "the input shape is [null,0]");
    }

    /** A Functional chain in→d whose input_layers and output_layers are given. */
    private static String chain(String inputs, String outputs) {
        return "{'class_name': 'Functional', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 4], 'name': 'in'}}, {'class_name': 'Dense', 'config': {'name': 'd', "
                + "'units': 3}, 'inbound_nodes': [[['in', 0, 0, {}]]]}], 'input_layers': " + inputs
                + ", 'output_layers': " + outputs + "}}";
    }

    @Test
    void aFunctionalModelWithTwoInputsOrTwoOutputsIsRefusedNamingThem() {
        assertEquals(4, read(chain("[['in', 0, 0]]", "[['d', 0, 0]]")).inputWidth());
        assertRefused(chain("[['in', 0, 0], ['in', 1, 0]]", "[['d', 0, 0]]"),
                "the Functional model has inputs [in, in] and outputs [d]; Neurite reads models with one input");
        assertRefused(chain("[['in', 0, 0]]", "[['d', 0, 0], ['in', 0, 0]]"),
                "the Functional model has inputs [in] and outputs [d, in]");
    }

    /** A chain in→d whose d names its source inside {@code depth} levels of {@code open}...{@code close}. */
    private static String nested(int depth, String open, String source, String close) {
        return "{'class_name': 'Functional', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 4], 'name': 'in'}}, {'class_name': 'Dense', 'config': {'name': 'd', "
                + "'units': 3}, 'inbound_nodes': " + open.repeat(depth) + source + close.repeat(depth) + "}]}}";
    }

    @Test
    void aSourceIsFoundTwelveLevelsDeepInItsInboundNodesAndNotThirteen() {
        // inbound_nodes is level 0; each array around the [name, 0, 0, {}] entry adds one.
        assertEquals(4, read(nested(12, "[", "['in', 0, 0, {}]", "]")).inputWidth());
        assertRefused(nested(13, "[", "['in', 0, 0, {}]", "]"), "takes its input from [], not only from");
        // Keras 3 wraps a source in keras_history objects; each one adds a level too.
        String tensor = "{'keras_history': ";
        assertEquals(4, read(nested(12, tensor, "['in', 0, 0]", "}")).inputWidth());
        assertRefused(nested(13, tensor, "['in', 0, 0]", "}"), "takes its input from [], not only from");
    }

    @Test
    void aKerasTensorsSourceIsItsKerasHistoryAloneNotItsOtherFields() {
        String keras3 = "{'class_name': 'Functional', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 4], 'name': 'in'}}, {'class_name': 'Dense', 'config': {'name': 'd', "
                + "'units': 3}, 'inbound_nodes': [{'args': [{'class_name': '__keras_tensor__', 'config': {'shape': "
                + "[null, 4], 'dtype': 'float32', 'keras_history': ['in', 0, 0], 'note': ['other', 0, 0]}}], "
                + "'kwargs': {}}]}]}}";
        assertEquals(4, read(keras3).inputWidth());
    }

    private static void assertRefused(String json, String expected) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> read(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void denseFieldsOfTheWrongTypeOrValueAreRefusedAndNeutralOnesAccepted() {
        String base = "{'class_name': 'Sequential', 'config': {'layers': [{'class_name': 'InputLayer', 'config': "
                + "{'batch_shape': [null, 2]}}, ";
        assertRefused(base + dense("d", 2, ", 'lora_rank': 2") + "]}}", "lora_rank is 2");
        assertRefused(base + dense("d", 2, ", 'quantization_config': {'mode': 'int8'}") + "]}}",
                "quantization_config is");
        assertRefused(base + dense("d", 0, "") + "]}}", "units must be an integer >= 1; received 0");
        assertRefused(base + dense("d", 2, "").replace("'use_bias': true", "'use_bias': 'yes'") + "]}}",
                "use_bias must be true or false; received \"yes\"");
        assertRefused(base + dense("", 2, "") + "]}}", "name must be a non-blank string");
        assertRefused(base + dense("d", 2, "").replace("'activation': 'relu'", "'activation': 5") + "]}}",
                "activation is 5");
        KerasArchitecture a = read(base + dense("d", 1, ", 'lora_rank': 0, 'quantization_config': null")
                .replace("'use_bias': true", "'use_bias': false").replace("'activation': 'relu'", "'activation': null")
                + "]}}");
        Dense d = (Dense) a.layers().get(0);
        assertEquals(1, d.units());
        assertEquals(false, d.useBias());
        assertEquals("linear", d.activation().name(), "a null activation is linear");
    }
}
