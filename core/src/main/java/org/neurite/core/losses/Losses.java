package org.neurite.core.losses;

import java.util.List;
import java.util.Locale;
import org.neurite.core.Loss;

/** The built-in losses and their lookup by Keras name. */
public final class Losses {
    /** Keras's backend epsilon, used to clip probabilities. */
    static final double EPSILON = 1e-7;

    public static final Loss MEAN_SQUARED_ERROR = new MeanSquaredError();
    public static final Loss MEAN_ABSOLUTE_ERROR = new MeanAbsoluteError();
    public static final Loss SPARSE_CATEGORICAL_CROSSENTROPY = new SparseCategoricalCrossentropy();
    public static final Loss HINGE = new Hinge();
    private static final Loss BCE = new BinaryCrossentropy(false);
    private static final Loss BCE_LOGITS = new BinaryCrossentropy(true);
    private static final Loss CCE = new CategoricalCrossentropy(false);
    private static final Loss CCE_LOGITS = new CategoricalCrossentropy(true);

    public static final List<String> NAMES = List.of("mean_squared_error (mse)", "mean_absolute_error (mae)",
            "binary_crossentropy", "binary_crossentropy_from_logits", "categorical_crossentropy",
            "categorical_crossentropy_from_logits", "sparse_categorical_crossentropy", "hinge");

    private Losses() {
    }

    public static Loss binaryCrossentropy(boolean fromLogits) {
        return fromLogits ? BCE_LOGITS : BCE;
    }

    public static Loss categoricalCrossentropy(boolean fromLogits) {
        return fromLogits ? CCE_LOGITS : CCE;
    }

    public static Loss byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("loss name must not be null; known: " + NAMES);
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "mean_squared_error", "mse" -> MEAN_SQUARED_ERROR;
            case "mean_absolute_error", "mae" -> MEAN_ABSOLUTE_ERROR;
            case "binary_crossentropy", "bce" -> BCE;
            case "binary_crossentropy_from_logits" -> BCE_LOGITS;
            case "categorical_crossentropy", "cce" -> CCE;
            case "categorical_crossentropy_from_logits" -> CCE_LOGITS;
            case "sparse_categorical_crossentropy" -> SPARSE_CATEGORICAL_CROSSENTROPY;
            case "hinge" -> HINGE;
            default -> throw new IllegalArgumentException("Unknown loss '" + name + "'. Known losses: " + NAMES + ".");
        };
    }

    /** ln(1 + e^-|z|) + max(z, 0) − z·y: binary cross-entropy of logit z, exact for any z. */
    static double bceFromLogit(double z, double y) {
        return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
    }

    static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    static String probabilityLabel(double label) {
        return label >= 0 && label <= 1 ? null : "a probability in [0, 1]";
    }
}
