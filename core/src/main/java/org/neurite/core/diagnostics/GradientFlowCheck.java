package org.neurite.core.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.Activation;
import org.neurite.core.Initializer;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;

/**
 * VANISHING_GRADIENTS and EXPLODING_GRADIENTS, from the root-mean-square gradient of each layer's weights
 * on the examined rows ({@link org.neurite.core.Sequential#computeGradients}), at the weights the model has now
 * (so after training when called after fit):
 * <ul>
 * <li>vanishing: at least 3 layers, the largest RMS gradient of the later layers above {@value #SIGNAL}, and the
 * first layer's below {@value #VANISHING_RATIO} times it (not reported when DEAD_UNITS already explains a zero
 * gradient). Remedy: ReLU-family hidden layers with He initialization;</li>
 * <li>exploding: some layer's RMS gradient above {@value #EXPLODING_RMS} (losses are means, so healthy
 * gradients of standardized data are of order 1), or, with at least 3 layers, the first layer's above
 * {@value #EXPLODING_RATIO} times the output layer's. Remedy: a 10 times smaller learning rate.</li>
 * </ul>
 * Both are WARNINGs.
 */
final class GradientFlowCheck implements Check {
    static final double SIGNAL = 1e-9;
    static final double VANISHING_RATIO = 1e-3;
    static final double EXPLODING_RMS = 1e3;
    static final double EXPLODING_RATIO = 1e3;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        double[] rms = layerRms(d);
        int last = d.lastLayer();
        double later = 0;
        for (int l = 1; l <= last; l++) {
            later = Math.max(later, rms[l]);
        }
        double ratio = rms[last] > 0 ? rms[0] / rms[last] : Double.NaN;
        int worst = 0;
        for (int l = 0; l <= last; l++) {
            worst = rms[l] > rms[worst] ? l : worst;
        }
        boolean deep = d.layers.size() >= 3;
        if (rms[worst] > EXPLODING_RMS || (deep && ratio > EXPLODING_RATIO) || !Double.isFinite(rms[worst])) {
            out.add(new Finding(FindingCode.EXPLODING_GRADIENTS, Severity.WARNING, d.names.get(worst), worst,
                    List.of(), evidence(rms, ratio),
                    "Layer '" + d.names.get(worst) + "' has an RMS gradient of " + Finding.format(rms[worst])
                            + " (first/output layer ratio " + Finding.format(ratio) + "), large enough for one step to"
                            + " throw its weights far away.",
                    "Use a smaller learning rate; see the findings ranked above for inputs or initializers that "
                            + "make the gradient this large.",
                    Remedies.learningRates(d, 0.1)));
            return;
        }
        boolean dead = out.stream().anyMatch(f -> f.code() == FindingCode.DEAD_UNITS);
        double vanishing = later > SIGNAL ? rms[0] / later : Double.NaN;
        if (deep && !dead && vanishing < VANISHING_RATIO) {
            Map<String, Double> evidence = evidence(rms, ratio);
            evidence.put("firstToLargestLaterRatio", vanishing);
            out.add(new Finding(FindingCode.VANISHING_GRADIENTS, Severity.WARNING, d.names.get(0), 0, List.of(),
                    evidence, "The first layer's RMS gradient is " + Finding.format(rms[0]) + ", "
                            + Finding.format(vanishing) + " times the largest of the later layers', so the early layers"
                            + " barely learn: each " + hiddenActivations(d) + " layer shrinks the gradient it passes back.",
                    "Use relu or leaky_relu hidden layers with he_uniform initialization, or fewer layers.",
                    remedies(d)));
        }
    }

    private static List<Remedy> remedies(DiagnosticData d) {
        List<Remedy> r = new ArrayList<>();
        r.add(Remedy.untried("leaky_relu hidden layers with he_uniform",
                new Change.HiddenActivation(Activation.LEAKY_RELU, Initializer.HE_UNIFORM)));
        r.add(Remedy.untried("relu hidden layers with he_uniform",
                new Change.HiddenActivation(Activation.RELU, Initializer.HE_UNIFORM)));
        return r;
    }

    private static String hiddenActivations(DiagnosticData d) {
        return d.layers.subList(0, d.lastLayer()).stream().map(l -> l.activation().name()).distinct()
                .reduce((a, b) -> a + "/" + b).orElse("");
    }

    private static double[] layerRms(DiagnosticData d) {
        d.model.computeGradients(d.x, d.y);
        Parameters p = d.model.parameters();
        double[] sum = new double[d.layers.size()];
        int[] count = new int[d.layers.size()];
        double[] g = p.gradients().castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleVector();
        for (ParameterView v : p.views()) {
            for (int i = 0; i < v.length(); i++) {
                double x = g[(int) v.offset() + i];
                sum[v.layerIndex()] += x * x;
            }
            count[v.layerIndex()] += v.length();
        }
        double[] rms = new double[sum.length];
        for (int l = 0; l < rms.length; l++) {
            rms[l] = count[l] == 0 ? 0 : Math.sqrt(sum[l] / count[l]);
        }
        return rms;
    }

    private static Map<String, Double> evidence(double[] rms, double ratio) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        for (int l = 0; l < rms.length; l++) {
            evidence.put("rmsGradient[layer " + l + "]", rms[l]);
        }
        evidence.put("firstToOutputRatio", ratio);
        return evidence;
    }
}
