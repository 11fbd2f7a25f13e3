package org.neurite.core.diagnostics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * VANISHING_GRADIENTS and EXPLODING_GRADIENTS, from the root-mean-square gradient of each layer's weights
 * on the examined rows ({@link org.neurite.core.Sequential#computeGradients}):
 * <ul>
 * <li>vanishing: at least 3 layers, the output layer's RMS gradient above {@value #SIGNAL}, and the first
 * layer's below {@value #VANISHING_RATIO} times it (not reported when DEAD_UNITS already explains a zero
 * gradient);</li>
 * <li>exploding: some layer's RMS gradient above {@value #EXPLODING_RMS} (losses are means, so healthy
 * gradients of standardized data are of order 1), or, with at least 3 layers, the first layer's above
 * {@value #EXPLODING_RATIO} times the output layer's.</li>
 * </ul>
 */
final class GradientFlowCheck implements Check {
    static final double SIGNAL = 1e-6;
    static final double VANISHING_RATIO = 1e-3;
    static final double EXPLODING_RMS = 1e3;
    static final double EXPLODING_RATIO = 1e3;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        double[] rms = layerRms(d);
        int last = d.lastLayer();
        double ratio = rms[last] > SIGNAL ? rms[0] / rms[last] : Double.NaN;
        int worst = 0;
        for (int l = 0; l <= last; l++) {
            worst = rms[l] > rms[worst] ? l : worst;
        }
        boolean deep = d.layers.size() >= 3;
        if (rms[worst] > EXPLODING_RMS || (deep && ratio > EXPLODING_RATIO) || !Double.isFinite(rms[worst])) {
            out.add(new Finding(FindingCode.EXPLODING_GRADIENTS, d.names.get(worst), worst, List.of(),
                    evidence(rms, ratio),
                    "Layer '" + d.names.get(worst) + "' has an RMS gradient of " + Finding.format(rms[worst])
                            + " (first/output layer ratio " + Finding.format(ratio) + "), large enough for one step to"
                            + " throw its weights far away.",
                    "Standardize the inputs and targets, use a smaller learning rate or initializer scale, or clip "
                            + "gradients."));
            return;
        }
        boolean dead = out.stream().anyMatch(f -> f.code() == FindingCode.DEAD_UNITS);
        if (deep && !dead && ratio < VANISHING_RATIO) {
            out.add(new Finding(FindingCode.VANISHING_GRADIENTS, d.names.get(0), 0, List.of(), evidence(rms, ratio),
                    "The first layer's RMS gradient is " + Finding.format(rms[0]) + ", " + Finding.format(ratio)
                            + " times the output layer's, so the early layers barely learn.",
                    "Use ReLU-family hidden activations with He initialization, fewer layers, or an adaptive "
                            + "optimizer such as Adam."));
        }
    }

    private static double[] layerRms(DiagnosticData d) {
        d.model.computeGradients(d.x, d.y);
        Parameters p = d.model.parameters();
        double[] sum = new double[d.layers.size()];
        int[] count = new int[d.layers.size()];
        for (ParameterView v : p.views()) {
            for (int i = 0; i < v.length(); i++) {
                double g = p.gradientMatrix().get(v.offset() + i);
                sum[v.layerIndex()] += g * g;
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
