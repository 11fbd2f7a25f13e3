package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Layer;
import org.neurite.core.Change;

/**
 * A remedy's {@link Change} as the command-line flags that make it: {@code --layers "5:relu,1:sigmoid"},
 * {@code --lr 0.5}, {@code --epochs 1500}, {@code --standardize}.
 */
final class RemedyFlags {
    private RemedyFlags() {
    }

    /** The flags, or null when the change has no flag (the JSON then carries only its Java form). */
    static String of(Change change, List<Dense> layers, boolean noBias) {
        if (change instanceof Change.LearningRate lr) {
            return "--lr " + number(lr.learningRate());
        }
        if (change instanceof Change.Epochs e) {
            return "--epochs " + e.epochs();
        }
        if (change instanceof Change.StandardizeInputs) {
            return "--standardize";
        }
        List<Dense> edited = edit(change, layers);
        return edited == null ? null : "--layers \"" + LayerSpec.format(edited, noBias) + "\"";
    }

    private static List<Dense> edit(Change change, List<Dense> layers) {
        List<Layer> edited = change.applyTo(layers);
        if (edited == null) {
            return null;
        }
        List<Dense> dense = new ArrayList<>();
        for (Layer l : edited) {
            dense.add((Dense) l);
        }
        return dense;
    }

    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3g", v);
        String mantissa = s.contains("e") ? s.substring(0, s.indexOf('e')) : s;
        String exponent = s.contains("e") ? s.substring(s.indexOf('e')) : "";
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
