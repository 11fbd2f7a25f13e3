package org.neurite.core.io;

import java.util.Set;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Layer;

/** Keras's {@code Dense} ↔ {@link Dense}: units, activation, use_bias and the two initializers. */
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
    public Layer read(JsonNode c, KerasValues v) {
        v.onlyFields(c, FIELDS);
        v.requireNone(c, "kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint",
                "bias_constraint", "quantization_config", "lora_rank");
        v.requireTrainable(c);
        int units = v.positiveInt(c, "units");
        boolean useBias = !c.has("use_bias") || v.bool(c, "use_bias");
        return new Dense(units, v.activation(c), useBias, v.initializer(c, "kernel_initializer", "glorot_uniform"),
                v.initializer(c, "bias_initializer", "zeros"), v.text(c, "name"));
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
        for (String none : new String[] {"kernel_regularizer", "bias_regularizer", "kernel_constraint",
                "bias_constraint"}) {
            c.putNull(none);
        }
        return c;
    }
}
