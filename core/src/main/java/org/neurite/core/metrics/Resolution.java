package org.neurite.core.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Loss;
import org.neurite.core.MeanMetric;
import org.neurite.core.Metric;

/**
 * What compile does to the metrics, as Keras's {@code compile_utils}: {@code "accuracy"} and {@code "acc"}
 * become the accuracy the output and labels call for (binary for one unit, sparse categorical for class-index
 * labels, else categorical) but keep their name; a metric that cannot read the loss's labels is rejected; a
 * repeated name gets {@code _1}, {@code _2}, ... and a weighted metric repeating an unweighted one's name is
 * logged as {@code weighted_<name>}.
 */
public final class Resolution {
    private Resolution() {
    }

    public static List<Metric> resolve(List<Metric> metrics, Loss loss, int outputUnits) {
        if (metrics == null || metrics.stream().anyMatch(java.util.Objects::isNull) || loss == null
                || outputUnits < 1) {
            throw new IllegalArgumentException("Resolution.resolve: metrics (without nulls) and loss are needed and "
                    + "outputUnits must be >= 1; received metrics=" + metrics + ", loss=" + loss + ", outputUnits="
                    + outputUnits + ".");
        }
        List<Metric> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (boolean weighted : new boolean[] {false, true}) {
            for (Metric m : metrics) {
                if (Metrics.isWeighted(m) != weighted) {
                    continue;
                }
                Metric inner = weighted ? ((Weighted) m).inner() : m;
                Metric resolved = resolve(inner, loss, outputUnits);
                String name = uniqueName(resolved.name(), weighted, seen);
                out.add(weighted ? new Weighted(name, resolved) : renamed(resolved, name));
            }
        }
        return out;
    }

    /** Keras's {@code CompileMetrics.result()} naming: {@code weighted_<name>}, then {@code <name>_1}, ... */
    private static String uniqueName(String name, boolean weighted, Map<String, Integer> seen) {
        if (seen.containsKey(name)) {
            name = weighted && !seen.containsKey("weighted_" + name) ? "weighted_" + name : name;
            if (seen.containsKey(name)) {
                int index = seen.get(name);
                seen.put(name, index + 1);
                name = name + "_" + index;
            }
        }
        seen.putIfAbsent(name, 1);
        return name;
    }

    private static Metric renamed(Metric m, String name) {
        if (name.equals(m.name())) {
            return m;
        }
        if (m instanceof MeanMetric mean) {
            return new Renamed(name, m.spec(), mean instanceof Renamed r ? r.inner() : mean);
        }
        return new Named(name, m);
    }

    private static Metric resolve(Metric metric, Loss loss, int outputUnits) {
        int labelWidth = loss.labelWidth(outputUnits);
        if (metric instanceof Metrics.Accuracy accuracy) {
            MeanMetric picked = outputUnits == 1 ? Metrics.binaryAccuracy(0.5)
                    : labelWidth == 1 ? Metrics.SPARSE_CATEGORICAL_ACCURACY : Metrics.CATEGORICAL_ACCURACY;
            return new Renamed(accuracy.name(), accuracy.name(), picked);
        }
        Metric kind = metric instanceof Renamed r ? r.inner() : metric;
        boolean sparse = kind == Metrics.SPARSE_CATEGORICAL_ACCURACY
                || kind instanceof TopKCategoricalAccuracy t && t.sparse();
        boolean elementWise = !sparse && (kind instanceof BinaryAccuracy || kind instanceof ErrorMean
                || kind instanceof CategoricalAccuracy || kind instanceof Precision || kind instanceof Recall
                || kind instanceof Auc || kind instanceof F1Score || kind instanceof TopKCategoricalAccuracy);
        if (elementWise && labelWidth != outputUnits) {
            throw new IllegalArgumentException("metric " + metric.name() + " compares each of the " + outputUnits
                    + " outputs with a label column, but " + loss.name() + " takes labels of " + labelWidth
                    + " column (class indices). Use \"accuracy\", sparse_categorical_accuracy or "
                    + "sparse_top_k_categorical_accuracy, or one-hot labels with categorical_crossentropy.");
        }
        if (sparse && labelWidth != 1) {
            throw new IllegalArgumentException("metric " + metric.name() + " needs class-index labels in 1 "
                    + "column, but " + loss.name() + " takes " + labelWidth + " label columns. Use \"accuracy\", "
                    + "categorical_accuracy or top_k_categorical_accuracy.");
        }
        int classId = metric instanceof Precision p ? p.classId() : metric instanceof Recall r ? r.classId() : -1;
        if (classId >= outputUnits) {
            throw new IllegalArgumentException("metric " + metric.spec() + ": classId=" + classId + " but the output "
                    + "layer has " + outputUnits + " units (columns 0 to " + (outputUnits - 1) + "). Pass a column "
                    + "of the output, or -1 for all.");
        }
        int topK = metric instanceof Precision p ? p.topK() : metric instanceof Recall r ? r.topK() : 0;
        if (topK > outputUnits) {
            throw new IllegalArgumentException("metric " + metric.spec() + ": topK=" + topK + " but the output layer "
                    + "has " + outputUnits + " unit" + (outputUnits == 1 ? "" : "s") + ", so each row has only "
                    + outputUnits + " output" + (outputUnits == 1 ? "" : "s") + " to rank. Pass topK <= "
                    + outputUnits + ".");
        }
        return metric;
    }
}
