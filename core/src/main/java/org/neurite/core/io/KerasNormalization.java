package org.neurite.core.io;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;
import org.neurite.core.layers.Layer;
import org.neurite.core.layers.Normalization;

/**
 * Keras's {@code Normalization} ↔ {@link Normalization}: y = (x − mean)/max(√variance, 1e-7) per feature, or the
 * inverse with {@code invert}. An adapted Keras layer stores the variables {@code mean}, {@code variance} and an
 * integer {@code count} (kept by Keras 3 only for old files and left at 0; tf.keras counted the adapted rows),
 * which Neurite checks and does not keep; it writes 0, as Keras 3 does. Mean and variance given in the config
 * (a number, one value, or one per feature) are spread over the features, and Keras then stores no variables.
 * Refused: any axis but the features' (axis null keeps one mean for all features together), and statistics of
 * another shape.
 */
final class KerasNormalization implements KerasLayerMapper {
    private static final Set<String> FIELDS = Set.of("name", "trainable", "dtype", "axis", "invert", "mean",
            "variance", "batch_input_shape", "batch_shape");

    @Override
    public String kerasClassName() {
        return "Normalization";
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Normalization.class;
    }

    @Override
    public Layer read(JsonNode c, KerasValues v, int inputWidth) {
        v.onlyFields(c, FIELDS);
        v.requireTrainable(c);
        JsonNode axis = c.get("axis");
        if (axis != null && (axis.isNull() || (axis.isArray() && axis.isEmpty()))) {
            throw new IllegalArgumentException("axis is " + Fields.shown(axis) + ", one mean and variance for all "
                    + "features together; Neurite's Normalization keeps one per feature (axis -1)");
        }
        if (axis != null) {
            KerasLayerConfigs.featureAxis(axis);
        }
        boolean invert = c.hasNonNull("invert") && v.bool(c, "invert");
        JsonNode mean = c.get("mean");
        JsonNode variance = c.get("variance");
        boolean given = mean != null && !mean.isNull();
        if (given != (variance != null && !variance.isNull())) {
            throw new IllegalArgumentException("mean is " + (mean == null ? "absent" : Fields.shown(mean))
                    + " but variance is " + (variance == null ? "absent" : Fields.shown(variance))
                    + "; Keras takes both or neither");
        }
        String name = v.text(c, "name");
        if (!given) {
            return new Normalization(null, null, invert, name); // adapted: the statistics are its variables
        }
        return new Normalization(perFeature(mean, "mean", inputWidth), perFeature(variance, "variance", inputWidth),
                invert, name);
    }

    /** A given statistic, one value per feature: a number or a one-element list is spread over the features. */
    private static double[] perFeature(JsonNode n, String field, int width) {
        JsonNode values = n.isArray() && n.size() == 1 && n.get(0).isNumber() ? n.get(0) : n;
        if (values.isNumber() && width > 0) {
            double[] out = new double[width];
            Arrays.fill(out, values.asDouble());
            return out;
        }
        boolean numbers = values.isArray() && values.size() == width && width > 0;
        for (int i = 0; numbers && i < values.size(); i++) {
            numbers = values.get(i).isNumber();
        }
        if (!numbers) {
            throw new IllegalArgumentException(field + " is " + Fields.shown(n) + "; Neurite reads a given " + field
                    + " as a number or a list of one number per feature (" + (width > 0 ? width + " here"
                    : "the input width is not declared before this layer") + ")");
        }
        double[] out = new double[width];
        for (int i = 0; i < width; i++) {
            out[i] = values.get(i).asDouble();
        }
        return out;
    }

    @Override
    public ObjectNode write(Layer layer, KerasValues v) {
        Normalization n = (Normalization) layer;
        ObjectNode c = v.layerHeader();
        c.putArray("axis").add(-1);
        c.put("invert", n.invert());
        c.putNull("mean"); // the statistics go in the weights file as variables, as Keras writes an adapted layer
        c.putNull("variance");
        return c;
    }

    @Override
    public List<String> counters() {
        return List.of("count");
    }

    @Override
    public boolean weightsInConfig(Layer layer) {
        return ((Normalization) layer).mean() != null;
    }
}
