package org.neurite.core.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.Initializer;
import org.neurite.core.layers.Layer;
import org.neurite.core.layers.LayerConfig;

/**
 * The mapper of one of the layers whose settings Neurite keeps under Keras's own field names
 * ({@link LayerConfig}): Dropout, GaussianNoise, Activation, BatchNormalization, LayerNormalization. It checks
 * the Keras config (only known fields; regularizers and constraints absent; a feature axis of −1, which a
 * 2-D input's axis 1 or {@code [1]} also is), turns Keras initializer objects into Neurite's names, and hands
 * the rest to the layer's {@link LayerConfig} factory; writing is the reverse, with Keras's object form, the
 * axis as Keras 3 writes it (a list for LayerNormalization), and without the keys only newer Keras versions
 * accept (BatchNormalization's {@code renorm*}: Keras 3.15 writes them, Keras 3.8 does not; a Keras 3 whose
 * layer lacks an argument rejects it), so that every Keras 3 can load the file.
 */
final class KerasLayerConfigs implements KerasLayerMapper {
    private static final Set<String> COMMON = Set.of("name", "trainable", "dtype");
    /** Settings that act only with an absent one on (the key), so any value of theirs has no effect. */
    private static final Map<String, String> INERT = Map.of("renorm_momentum", "renorm");
    /** Absent settings every Keras 3 writes (and accepts), written as false. */
    private static final Set<String> WRITTEN_FALSE = Set.of("synchronized", "rms_scaling");
    private final String kerasClass;
    private final Class<? extends Layer> layerClass;
    private final Set<String> own;
    private final Set<String> absent;
    private final boolean built;
    private final boolean listAxis;

    /**
     * {@code own}: the class's fields; {@code absent}: fields Keras may write that must be null or false;
     * {@code built}: Keras builds the layer in its constructor (no build_config); {@code listAxis}: Keras 3 writes
     * the axis as a list.
     */
    private KerasLayerConfigs(String kerasClass, Class<? extends Layer> layerClass, Set<String> own,
                              Set<String> absent, boolean built, boolean listAxis) {
        this.kerasClass = kerasClass;
        this.layerClass = layerClass;
        this.own = own;
        this.absent = absent;
        this.built = built;
        this.listAxis = listAxis;
    }

    @Override
    public String kerasClassName() {
        return kerasClass;
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return layerClass;
    }

    @Override
    public Layer read(JsonNode c, KerasValues v, int inputWidth) {
        Set<String> known = new TreeSet<>(COMMON);
        known.addAll(own);
        known.addAll(absent);
        INERT.forEach((field, needs) -> {
            if (absent.contains(needs)) {
                known.add(field);
            }
        });
        v.onlyFields(c, known);
        for (String field : absent) {
            if (c.path(field).asBoolean(false) || (c.hasNonNull(field) && !c.get(field).isBoolean())) {
                throw new IllegalArgumentException(field + " is " + Fields.shown(c.get(field)) + "; Neurite has no "
                        + "equivalent for " + kerasClass + ", and dropping it would change the model");
            }
        }
        v.requireTrainable(c);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", v.text(c, "name"));
        for (String field : own) {
            JsonNode n = c.get(field);
            if (n == null || n.isNull()) {
                continue;
            }
            if (field.endsWith("_initializer")) {
                config.put(field, KerasInitializers.read(n, field, "zeros").name());
            } else if (field.equals("axis")) {
                config.put(field, featureAxis(n));
            } else if (field.equals("activation")) {
                config.put(field, v.activation(c).name());
            } else {
                config.put(field, Json.MAPPER.convertValue(n, Object.class));
            }
        }
        return LayerConfig.layer(kerasClass, config);
    }

    /** −1, or 1 (the feature axis of a 2-D input, as tf.keras writes it), alone or in a one-element list. */
    static int featureAxis(JsonNode n) {
        JsonNode axis = n.isArray() && n.size() == 1 ? n.get(0) : n;
        if (!axis.isIntegralNumber() || (axis.asInt() != -1 && axis.asInt() != 1)) {
            throw new IllegalArgumentException("axis is " + Fields.shown(n) + "; Neurite normalizes over the "
                    + "features of [batch, features] inputs (axis -1)");
        }
        return -1;
    }

    @Override
    public ObjectNode write(Layer layer, KerasValues v) {
        ObjectNode c = v.layerHeader();
        for (Map.Entry<String, Object> e : layer.config().entrySet()) {
            if (e.getKey().endsWith("_initializer")) {
                c.set(e.getKey(), KerasInitializers.write(Initializer.of(String.valueOf(e.getValue()))));
            } else if (e.getKey().equals("activation")) {
                c.put("activation", v.kerasActivation(layer.activation()));
            } else if (e.getKey().equals("axis") && listAxis) {
                c.putArray("axis").add(Json.MAPPER.valueToTree(e.getValue()));
            } else {
                c.set(e.getKey(), Json.MAPPER.valueToTree(e.getValue()));
            }
        }
        for (String field : new TreeSet<>(absent)) { // sorted: the same bytes on every run
            if (WRITTEN_FALSE.contains(field)) {
                c.put(field, false);
            } else if (field.endsWith("_regularizer") || field.endsWith("_constraint")) {
                c.putNull(field);
            }
        }
        return c;
    }

    @Override
    public boolean hasBuildConfig() {
        return !built;
    }

    static List<KerasLayerMapper> all() {
        return List.of(
                new KerasLayerConfigs("Dropout", org.neurite.core.layers.Dropout.class,
                        Set.of("rate", "noise_shape", "seed"), Set.of(), true, false),
                new KerasLayerConfigs("GaussianNoise", org.neurite.core.layers.GaussianNoise.class,
                        Set.of("stddev", "seed"), Set.of(), true, false),
                new KerasLayerConfigs("Activation", org.neurite.core.layers.ActivationLayer.class,
                        Set.of("activation"), Set.of(), true, false),
                new KerasLayerConfigs("BatchNormalization", org.neurite.core.layers.BatchNormalization.class,
                        Set.of("axis", "momentum", "epsilon", "center", "scale", "beta_initializer", "gamma_initializer",
                                "moving_mean_initializer", "moving_variance_initializer"),
                        Set.of("beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint",
                                "synchronized", "renorm", "renorm_clipping", "virtual_batch_size", "adjustment", "fused"),
                        false, false),
                new KerasLayerConfigs("LayerNormalization", org.neurite.core.layers.LayerNormalization.class,
                        Set.of("axis", "epsilon", "center", "scale", "beta_initializer", "gamma_initializer"),
                        Set.of("beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint",
                                "rms_scaling"), false, true));
    }
}
