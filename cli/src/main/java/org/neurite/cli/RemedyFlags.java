package org.neurite.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurite.core.Dense;
import org.neurite.core.diagnostics.Change;

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
        List<Dense> next = new ArrayList<>(layers);
        int last = next.size() - 1;
        if (change instanceof Change.HiddenLayer h) {
            next.add(last, new Dense(h.units(), h.activation()).withUseBias(layers.get(last).useBias()));
            return next;
        }
        for (int l = 0; l <= last; l++) {
            Dense d = next.get(l);
            if (change instanceof Change.Units u && u.layer() == l) {
                next.set(l, new Dense(u.units(), d.activation(), d.useBias(), d.kernelInitializer(),
                        d.biasInitializer(), d.name()));
            } else if (change instanceof Change.SetActivation a && a.layer() == l) {
                next.set(l, new Dense(d.units(), a.activation(), d.useBias(), d.kernelInitializer(),
                        d.biasInitializer(), d.name()));
            } else if (change instanceof Change.HiddenActivation h && l < last) {
                next.set(l, new Dense(d.units(), h.activation(), d.useBias(), h.initializer(), d.biasInitializer(),
                        d.name()));
            } else if (change instanceof Change.Bias b && b.layer() == l) {
                next.set(l, d.withUseBias(true));
            } else if (change instanceof Change.KernelInitializer k && d.kernelInitializer().name().equals(k.from())) {
                next.set(l, d.withKernelInitializer(k.to()));
            }
        }
        return next.equals(layers) ? null : next;
    }

    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
