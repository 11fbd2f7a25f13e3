package org.neurite.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Change;
import org.neurite.core.Diagnosis;
import org.neurite.core.History;
import org.neurite.core.Sequential;

/**
 * What a report shows.
 *
 * @param command the command that trained the model, as typed
 * @param configuration label → value lines shown at the top (task, model, optimizer, ...)
 * @param metrics the final scores, by their logged names
 * @param diagnosis the diagnosis, root cause first, with its remedies and their trials
 * @param flags a remedy's change as the command-line flags that make it, or null when it has none (the report
 *        then shows its Java)
 * @param model the trained model
 * @param inputs maps raw rows of {@code x} to the model's inputs (identity, or the standardizer)
 * @param x the raw input rows, in the units the axes show
 * @param y the labels: one column per output, or class indices in one column for {@link OutputKind#MULTICLASS}
 * @param featureNames the names of the input columns
 * @param classes the class names for {@link OutputKind#MULTICLASS} (empty: "class 0", "class 1", ...)
 * @param kind how to colour the output
 * @param history the per-epoch logs
 */
public record Content(String command, Map<String, String> configuration, Map<String, Double> metrics,
                      Diagnosis diagnosis, Function<Change, String> flags, Sequential model, UnaryOperator<INDArray> inputs, INDArray x, INDArray y,
                      List<String> featureNames, List<String> classes, OutputKind kind, History history) {

    /** A binary-output report with inputs named x1, x2, ... and the configuration the model shows. */
    public static Content of(String command, Sequential model, INDArray x, INDArray y, History history,
                             Diagnosis diagnosis) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= x.size(1); i++) {
            names.add("x" + i);
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("parameters", Long.toString(model.countParams()));
        return new Content(command, config, model.evaluate(x, y), diagnosis, change -> null, model, a -> a, x, y, names, List.of(),
                OutputKind.BINARY, history);
    }

    /** The name of class {@code k}. */
    String className(int k) {
        return k < classes.size() ? classes.get(k) : "class " + k;
    }

    /** The class of each row: the index in a single label column, else the largest label column. */
    double[] trueClasses() {
        double[] c = new double[(int) y.size(0)];
        for (int r = 0; r < c.length; r++) {
            if (y.size(1) == 1) {
                c[r] = Math.round(y.getDouble(r, 0));
            } else {
                int best = 0;
                for (int k = 1; k < y.size(1); k++) {
                    best = y.getDouble(r, k) > y.getDouble(r, best) ? k : best;
                }
                c[r] = best;
            }
        }
        return c;
    }
}
