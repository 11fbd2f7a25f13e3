package org.neurite.core.io;

import java.util.Set;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.layers.Dense;
import org.neurite.core.constraints.Constraint;
import org.neurite.core.layers.Layer;
import org.neurite.core.layers.LayerConfig;
import org.neurite.core.regularizers.Regularizer;

/**
 * Keras's {@code Dense} ↔ {@link Dense}: units, activation, use_bias, the two initializers, and the
 * regularizers (L1, L2, L1L2) and constraints (MaxNorm, NonNeg, UnitNorm) Neurite has.
 */
final class KerasDense implements KerasLayerMapper {
    /** Fields a Keras 2 or 3 Dense config may carry; anything else is refused rather than ignored. */
    private static final Set<String> FIELDS = Set.of("name", "trainable", "dtype", "units", "activation", "use_bias",
            "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer",
            "activity_regularizer", "kernel_constraint", "bias_constraint", "batch_input_shape", "batch_shape",
            "input_dim", "quantization_config", "lora_rank", "lora_alpha");

    @Override
    public String kerasClassName() {
        return "Dense";
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Dense.class;
    }

    @Override
    public Layer read(JsonNode c, KerasValues v, int inputWidth) {
        v.onlyFields(c, FIELDS);
        v.requireNone(c, "quantization_config", "lora_rank");
        v.requireTrainable(c);
        int units = v.positiveInt(c, "units");
        boolean useBias = !c.has("use_bias") || v.bool(c, "use_bias");
        return new Dense(units, v.activation(c), useBias, v.initializer(c, "kernel_initializer", "glorot_uniform"),
                v.initializer(c, "bias_initializer", "zeros"), v.text(c, "name"),
                LayerConfig.regularizer(plain(c, "kernel_regularizer")), LayerConfig.regularizer(plain(c,
                "bias_regularizer")), LayerConfig.regularizer(plain(c, "activity_regularizer")),
                LayerConfig.constraint(plain(c, "kernel_constraint")), LayerConfig.constraint(plain(c,
                "bias_constraint")));
    }

    /** A nested Keras object as plain maps, or null. */
    private static Object plain(JsonNode c, String field) {
        JsonNode n = c.get(field);
        return n == null || n.isNull() ? null : Json.MAPPER.convertValue(n, Object.class);
    }

    @Override
    public ObjectNode write(Layer layer, KerasValues v) {
        Dense d = (Dense) layer;
        ObjectNode c = v.layerHeader();
        c.put("units", d.units());
        c.put("activation", v.kerasActivation(d.activation()));
        c.put("use_bias", d.useBias());
        c.set("kernel_initializer", v.kerasInitializer(d.kernelInitializer()));
        c.set("bias_initializer", v.kerasInitializer(d.biasInitializer()));
        c.set("kernel_regularizer", nested("keras.regularizers", d.kernelRegularizer()));
        c.set("bias_regularizer", nested("keras.regularizers", d.biasRegularizer()));
        if (d.activityRegularizer() != null) {
            c.set("activity_regularizer", nested("keras.regularizers", d.activityRegularizer()));
        }
        c.set("kernel_constraint", nested("keras.constraints", d.kernelConstraint()));
        c.set("bias_constraint", nested("keras.constraints", d.biasConstraint()));
        return c;
    }

    /** Keras's {@code {module, class_name, config, registered_name}} of a regularizer or constraint, or null. */
    private static JsonNode nested(String module, Object value) {
        if (value == null) {
            return org.nd4j.shade.jackson.databind.node.NullNode.getInstance();
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("module", module);
        if (value instanceof Regularizer r) {
            node.put("class_name", r.className());
            node.set("config", Json.MAPPER.valueToTree(r.config()));
        } else {
            Constraint k = (Constraint) value;
            node.put("class_name", k.className());
            node.set("config", Json.MAPPER.valueToTree(k.config()));
        }
        node.putNull("registered_name");
        return node;
    }
}
