package org.neurite.core.diagnostics;

import org.neurite.core.Finding;
import org.neurite.core.Remedy;
import org.neurite.core.Change;
import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Activation;

/** The candidate remedies the checks propose, written once. */
final class Remedies {
    private Remedies() {
    }

    /** The wider layer a "more units" remedy tries: max(2u, u + 3), so 2 becomes 5 and 16 becomes 32. */
    static int moreUnits(int units) {
        return Math.max(2 * units, units + 3);
    }

    static Remedy moreUnits(DiagnosticData d, int l) {
        int units = moreUnits(d.layers.get(l).units());
        return Remedy.untried(units + " " + d.layers.get(l).activation().name() + " units in layer '"
                + d.names.get(l) + "'", new Change.Units(l, units));
    }

    static Remedy activation(DiagnosticData d, int l, Activation activation) {
        return Remedy.untried(activation.name() + " instead of " + d.layers.get(l).activation().name()
                + " in layer '" + d.names.get(l) + "'", new Change.SetActivation(l, activation));
    }

    /** The configured (first-step) learning rate times each factor, e.g. 0.1, 0.01, 0.001 after a divergence. */
    static List<Remedy> learningRates(DiagnosticData d, double... factors) {
        return learningRates(d.model.optimizer().learningRate().at(1), factors);
    }

    static List<Remedy> learningRates(double base, double... factors) {
        List<Remedy> out = new ArrayList<>();
        for (double f : factors) {
            double lr = base * f;
            out.add(Remedy.untried("learning rate " + Finding.format(lr), new Change.LearningRate(f, lr)));
        }
        return out;
    }

    static Remedy standardize() {
        return Remedy.untried("standardized inputs", new Change.StandardizeInputs());
    }

    /** The first hidden layer, or -1 when the model has none. */
    static int firstHidden(DiagnosticData d) {
        return d.lastLayer() > 0 ? 0 : -1;
    }
}
