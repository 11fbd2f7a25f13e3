package org.neurite.core.metrics;

import java.util.List;
import java.util.Set;
import org.neurite.core.MeanMetric;
import org.neurite.core.Metric;

/** The built-in metrics and their lookup by Keras name or saved {@link Metric#spec() spec}. */
public final class Metrics {
    public static final MeanMetric CATEGORICAL_ACCURACY = new CategoricalAccuracy(false);
    public static final MeanMetric SPARSE_CATEGORICAL_ACCURACY = new CategoricalAccuracy(true);
    public static final MeanMetric MSE = new ErrorMean("mse", true);
    public static final MeanMetric MAE = new ErrorMean("mae", false);
    public static final Metric ACCURACY = new Accuracy("accuracy");
    private static final Metric ACC = new Accuracy("acc");
    private static final MeanMetric BINARY_ACCURACY = new BinaryAccuracy(0.5);

    public static final List<String> NAMES = List.of("accuracy (acc)", "binary_accuracy",
            "binary_accuracy(threshold)", "categorical_accuracy", "sparse_categorical_accuracy",
            "mse (mean_squared_error)", "mae (mean_absolute_error)", "precision(thresholds=[0.5, ...], top_k=none, class_id=-1)",
            "recall(thresholds=[0.5, ...], top_k=none, class_id=-1)",
            "auc(num_thresholds=200, curve=roc|pr, summation_method=interpolation|minoring|majoring, "
                    + "from_logits=false, multi_label=false)", "f1_score(average=none|micro|macro|weighted, threshold=none)",
            "top_k_categorical_accuracy(k=5)", "sparse_top_k_categorical_accuracy(k=5)", "weighted(<metric>)");

    private Metrics() {
    }

    public static MeanMetric binaryAccuracy(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("binary_accuracy threshold must be in (0, 1); received threshold="
                    + threshold + ". Keras's default is 0.5.");
        }
        return threshold == 0.5 && BINARY_ACCURACY != null ? BINARY_ACCURACY : new BinaryAccuracy(threshold);
    }

    /** {@code metric} fed the sample weights, logged under its own name. */
    public static Metric weighted(Metric metric) {
        if (metric == null) {
            throw new IllegalArgumentException("Metric.weighted: metric must not be null.");
        }
        return metric instanceof Weighted ? metric : new Weighted(metric.name(), metric);
    }

    /** Whether the metric takes sample and class weights (Keras's {@code weighted_metrics}). */
    public static boolean isWeighted(Metric metric) {
        if (metric == null) {
            throw new IllegalArgumentException("metric must be a Metric; received null. Pass a Metric such as Metric.of(\"accuracy\").");
        }
        return metric instanceof Weighted;
    }

    public static Metric byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("metric name must not be null; known: " + NAMES);
        }
        String trimmed = name.trim();
        if (trimmed.toLowerCase(java.util.Locale.ROOT).startsWith("weighted(") && trimmed.endsWith(")")) {
            return weighted(byName(trimmed.substring("weighted(".length(), trimmed.length() - 1)));
        }
        Spec s = Spec.parse(name);
        if (s.name().equals("binary_accuracy") && s.args().size() == 1) {
            String arg = s.args().containsKey("threshold") ? "threshold" : "";
            return binaryAccuracy(s.allow(Set.of("threshold", "")).number(arg, 0.5));
        }
        if (!s.args().isEmpty() || s.text().contains("(")) {
            return configured(s);
        }
        return switch (s.name()) {
            case "accuracy" -> ACCURACY;
            case "acc" -> ACC;
            case "binary_accuracy" -> BINARY_ACCURACY;
            case "categorical_accuracy" -> CATEGORICAL_ACCURACY;
            case "sparse_categorical_accuracy" -> SPARSE_CATEGORICAL_ACCURACY;
            case "mse" -> MSE;
            case "mae" -> MAE;
            // Keras logs a metric given by name under that name.
            case "mean_squared_error" -> new Renamed(s.name(), s.name(), MSE);
            case "mean_absolute_error" -> new Renamed(s.name(), s.name(), MAE);
            default -> configured(s);
        };
    }

    private static Metric configured(Spec s) {
        return switch (s.name()) {
            case "precision" -> new Precision(thresholds(s), s.integer("top_k", 0), s.integer("class_id", -1));
            case "recall" -> new Recall(thresholds(s), s.integer("top_k", 0), s.integer("class_id", -1));
            case "auc" -> new Auc(s.allow(Set.of("num_thresholds", "curve", "summation_method", "from_logits",
                    "multi_label")).integer("num_thresholds", 200), s.choice("curve", Auc.Curve.ROC),
                    s.choice("summation_method", Auc.Summation.INTERPOLATION), s.flag("from_logits"),
                    s.flag("multi_label"));
            case "f1_score" -> new F1Score(s.allow(Set.of("average", "threshold")).choice("average",
                    F1Score.Average.NONE), s.number("threshold", Double.NaN));
            case "top_k_categorical_accuracy" -> new TopKCategoricalAccuracy(s.allow(Set.of("k")).integer("k", 5),
                    false);
            case "sparse_top_k_categorical_accuracy" -> new TopKCategoricalAccuracy(
                    s.allow(Set.of("k")).integer("k", 5), true);
            default -> throw new IllegalArgumentException("Unknown metric '" + s.text() + "'. Known metrics: " + NAMES
                    + ".");
        };
    }

    /** Precision's and recall's {@code thresholds} (Keras's name, a number or a list) or {@code threshold}. */
    private static List<Double> thresholds(Spec s) {
        s.allow(Set.of("threshold", "thresholds", "top_k", "class_id"));
        if (s.args().containsKey("threshold") && s.args().containsKey("thresholds")) {
            throw new IllegalArgumentException("metric '" + s.text() + "': give threshold or thresholds, not both.");
        }
        return s.numbers(s.args().containsKey("threshold") ? "threshold" : "thresholds");
    }

    /** Binary accuracy's threshold when {@code metric} computes binary accuracy (also as "accuracy"), else NaN. */
    public static double binaryThreshold(Metric metric) {
        if (metric == null) {
            throw new IllegalArgumentException("metric must be a Metric; received null. Pass a Metric such as Metric.of(\"accuracy\").");
        }
        Metric m = metric instanceof Weighted w ? w.inner() : metric;
        m = m instanceof Renamed r ? r.inner() : m;
        return m instanceof BinaryAccuracy b ? b.threshold() : Double.NaN;
    }

    /** The unresolved {@code "accuracy"} or {@code "acc"}; compile replaces it by a {@link Renamed} accuracy. */
    record Accuracy(String name) implements Metric {
        @Override
        public State newState(int width, int labelWidth) {
            throw new IllegalStateException("'" + name + "' must be resolved at compile time");
        }
    }
}
