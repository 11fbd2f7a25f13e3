package org.neurite.core.diagnostics;

import org.neurite.core.Finding;
import org.neurite.core.FindingCode;
import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import org.neurite.core.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neurite.core.layers.Dense;
import org.neurite.core.Initializer;
import org.neurite.core.layers.Layer;

/**
 * BAD_INITIALIZER (WARNING): a Dense layer whose kernel initializer draws weights with a root-mean-square more
 * than {@value #TOO_LARGE} times the scale its activation needs (He, √(2 / fan_in), for the ReLU family;
 * Glorot, √(2 / (fan_in + fan_out)), otherwise), which saturates sigmoid/tanh units and blows up z and the
 * gradients; or, in a model of at least 3 layers, less than 1/{@value #TOO_SMALL} of it, which shrinks the
 * signal layer after layer. The RMS is measured by drawing {@value #SAMPLE} values from the initializer with a
 * fixed seed. Reports the first such layer; the remedy is the recommended initializer for every layer that uses
 * the bad one.
 */
final class InitializerCheck implements Check {
    static final double TOO_LARGE = 5;
    static final double TOO_SMALL = 20;
    static final int SAMPLE = 4096;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        int fanIn = (int) d.x.size(1);
        for (int l = 0; l < d.layers.size(); l++) {
            Layer layer = d.layers.get(l);
            int fanOut = d.width(l);
            if (layer instanceof Dense dense) {
                boolean relu = dense.activation().name().contains("relu");
                Initializer good = relu ? Initializer.HE_UNIFORM : Initializer.GLOROT_UNIFORM;
                double wanted = relu ? Math.sqrt(2.0 / fanIn) : Math.sqrt(2.0 / (fanIn + fanOut));
                double rms = rms(dense.kernelInitializer(), fanIn, fanOut);
                double ratio = rms / wanted;
                if (ratio > TOO_LARGE || (d.layers.size() >= 3 && ratio < 1 / TOO_SMALL)) {
                    out.add(finding(d, l, dense.kernelInitializer(), good, rms, wanted, ratio));
                    return;
                }
            }
            fanIn = fanOut;
        }
    }

    private static Finding finding(DiagnosticData d, int l, Initializer bad, Initializer good, double rms,
                                   double wanted, double ratio) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("initialWeightRms", rms);
        evidence.put("recommendedRms", wanted);
        evidence.put("ratio", ratio);
        String effect = ratio > 1 ? "so z starts " + Finding.format(ratio) + " times too large: sigmoid and tanh "
                + "units saturate and the gradients blow up" : "so the signal shrinks by about "
                + Finding.format(1 / ratio) + " times in every layer and the gradients vanish";
        return new Finding(FindingCode.BAD_INITIALIZER, Severity.WARNING, d.names.get(l), l, List.of(), evidence,
                "Layer '" + d.names.get(l) + "' draws its kernel from " + bad.name() + " with RMS "
                        + Finding.format(rms) + ", while " + d.layers.get(l).activation().name() + " needs about "
                        + Finding.format(wanted) + " (" + good.name() + "), " + effect + ".",
                "Use " + good.name() + ": withKernelInitializer(Initializer.of(\"" + good.name() + "\")).",
                List.of(Remedy.untried(good.name() + " instead of " + bad.name(),
                        new Change.KernelInitializer(bad.name(), good))));
    }

    static double rms(Initializer init, int fanIn, int fanOut) {
        double[] values = new double[SAMPLE];
        init.fill(values, fanIn, fanOut, new Random(0));
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum / SAMPLE);
    }
}
