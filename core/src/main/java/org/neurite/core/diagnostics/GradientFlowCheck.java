package org.neurite.core.diagnostics;

import org.neurite.core.Severity;
import org.neurite.core.Remedy;
import org.neurite.core.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.core.Activation;
import org.neurite.core.Initializer;
import org.neurite.core.layers.Dense;
import org.neurite.core.layers.Layer;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.core.Sequential;
import org.neurite.core.Finding;
import org.neurite.core.FindingCode;

/**
 * VANISHING_GRADIENTS and EXPLODING_GRADIENTS, from the root-mean-square gradient of each layer's weights on the
 * first {@value #GRADIENT_ROWS} examined rows ({@link org.neurite.core.Sequential#computeGradients}; the ratios
 * between layers need no more, and the backward pass is the costliest part of a diagnosis). They are read at the
 * weights the model has now (after training when called after fit) and, after a fit of at least 3 layers that did
 * not reach its goal, at the weights after its middle epoch and at those it started from, in that order; the first
 * that shows the problem is reported, and says when (a net that ends at a plateau has no gradient left anywhere,
 * but its start or middle shows why it got there):
 * <ul>
 * <li>vanishing: at least 3 layers, the largest RMS gradient of the later layers above {@value #SIGNAL}, and the
 * first layer's below {@value #VANISHING_RATIO} times it; not reported when DEAD_UNITS already explains a zero
 * gradient. Remedy: ReLU-family hidden layers with He initialization;</li>
 * <li>exploding: some layer's RMS gradient above {@value #EXPLODING_RMS} (losses are means, so healthy gradients
 * of standardized data are of order 1), or, with at least 3 layers, the first layer's above
 * {@value #EXPLODING_RATIO} times the output layer's (a kernel scale a few times too large per layer, under
 * BAD_INITIALIZER's limit, compounds over many layers; Adam's normalized steps then survive it without a NaN, but
 * the net does not learn). Remedies: the recommended kernel initializer (he_uniform for the ReLU family, else
 * glorot_uniform) when the first layer uses another, then a 10 times smaller learning rate.</li>
 * </ul>
 * Both are WARNINGs.
 */
final class GradientFlowCheck implements Check {
    static final int GRADIENT_ROWS = 256;
    static final double SIGNAL = 1e-9;
    static final double VANISHING_RATIO = 1e-3;
    static final double EXPLODING_RMS = 1e3;
    static final double EXPLODING_RATIO = 1e3;
    /** The RMS recorded for a layer without trainable weights (Dropout, Activation, Normalization, ...). */
    static final double NO_WEIGHTS = -1;

    @Override
    public void run(DiagnosticData d, List<Finding> out) {
        double[] rms = layerRms(d);
        boolean deep = d.layers.size() >= 3;
        if (exploding(rms, deep)) {
            out.add(exploding(d, rms, "now"));
            return;
        }
        boolean missed = deep && !Boolean.TRUE.equals(d.learned);
        List<String> when = new ArrayList<>(List.of("now"));
        List<double[]> at = new ArrayList<>(List.of(rms));
        if (missed && d.midwayWeights != null) {
            when.add("halfway through training");
            at.add(rmsAt(d, d.midwayWeights));
        }
        if (missed && d.initialWeights != null) {
            when.add("at the start of training");
            at.add(rmsAt(d, d.initialWeights));
        }
        for (int i = 1; i < at.size(); i++) {
            if (exploding(at.get(i), deep)) {
                out.add(exploding(d, at.get(i), when.get(i)));
                return;
            }
        }
        boolean dead = out.stream().anyMatch(f -> f.code() == FindingCode.DEAD_UNITS);
        int found = 0;
        while (found < at.size() - 1 && !(vanishing(at.get(found)) < VANISHING_RATIO)) {
            found++;
        }
        rms = at.get(found);
        double vanishing = vanishing(rms);
        int first = first(rms);
        if (deep && !dead && vanishing < VANISHING_RATIO) {
            Map<String, Double> evidence = evidence(rms, ratio(rms));
            evidence.put("firstToLargestLaterRatio", vanishing);
            out.add(new Finding(FindingCode.VANISHING_GRADIENTS, Severity.WARNING, d.names.get(first), first,
                    List.of(), evidence, "The first layer's RMS gradient " + when.get(found) + " is "
                            + Finding.format(rms[first]) + ", "
                            + Finding.format(vanishing) + " times the largest of the later layers', so the early layers"
                            + " barely learn: each " + hiddenActivations(d)
                            + " layer shrinks the gradient it passes back.",
                    "Use relu or leaky_relu hidden layers with he_uniform initialization, or fewer layers.",
                    remedies(d)));
        }
    }

    /** Some layer's RMS gradient above {@link #EXPLODING_RMS} or not finite, or (deep) first/output too large. */
    private static boolean exploding(double[] rms, boolean deep) {
        double ratio = ratio(rms);
        double worst = rms[worst(rms)];
        return worst > EXPLODING_RMS || (deep && ratio > EXPLODING_RATIO) || !Double.isFinite(worst);
    }

    private static double ratio(double[] rms) {
        int last = last(rms);
        return rms[last] > 0 ? rms[first(rms)] / rms[last] : Double.NaN;
    }

    /** The first layer with trainable weights (layers without, such as Dropout or Normalization, hold -1). */
    private static int first(double[] rms) {
        int l = 0;
        while (l < rms.length - 1 && rms[l] == NO_WEIGHTS) {
            l++;
        }
        return l;
    }

    /** The last layer with trainable weights. */
    private static int last(double[] rms) {
        int l = rms.length - 1;
        while (l > 0 && rms[l] == NO_WEIGHTS) {
            l--;
        }
        return l;
    }

    private static int worst(double[] rms) {
        int worst = 0;
        for (int l = 0; l < rms.length; l++) {
            worst = rms[l] > rms[worst] ? l : worst;
        }
        return worst;
    }

    private static Finding exploding(DiagnosticData d, double[] rms, String when) {
        int worst = worst(rms);
        double ratio = ratio(rms);
        List<Remedy> remedies = new ArrayList<>();
        Change.KernelInitializer init = initializerChange(d);
        if (init != null) {
            remedies.add(Remedy.untried(init.to().name() + " instead of " + init.from(), init));
        }
        remedies.addAll(Remedies.learningRates(d, 0.1));
        return new Finding(FindingCode.EXPLODING_GRADIENTS, Severity.WARNING, d.names.get(worst), worst, List.of(),
                evidence(rms, ratio), "Layer '" + d.names.get(worst) + "' has an RMS gradient " + when + " of "
                        + Finding.format(rms[worst]) + " (first/output layer ratio " + Finding.format(ratio)
                        + "), large enough for one step to throw its weights far away" + (init == null ? "."
                        : "; the kernels start from " + init.from() + ", not " + init.to().name() + ", and each layer"
                        + " multiplies the signal and the gradient it passes on."),
                init != null ? "Use " + init.to().name() + " kernels (withKernelInitializer(Initializer.of(\""
                        + init.to().name() + "\"))), or a smaller learning rate." : "Use a smaller learning rate; see "
                        + "the findings ranked above for inputs or initializers that make the gradient this large.",
                remedies);
    }

    /**
     * The recommended initializer (he_uniform for ReLU-family hidden layers, else glorot_uniform) in place of the
     * first layer's kernel initializer, or null when it already is that one or the first layer is not Dense.
     */
    private static Change.KernelInitializer initializerChange(DiagnosticData d) {
        if (!(d.layers.get(0) instanceof Dense first)) {
            return null;
        }
        Initializer good = first.activation().name().contains("relu") ? Initializer.HE_UNIFORM
                : Initializer.GLOROT_UNIFORM;
        String bad = first.kernelInitializer().name();
        return bad.equals(good.name()) ? null : new Change.KernelInitializer(bad, good);
    }

    private static double vanishing(double[] rms) {
        int first = first(rms);
        double later = 0;
        for (int l = first + 1; l < rms.length; l++) {
            later = Math.max(later, rms[l]);
        }
        return later > SIGNAL ? rms[first] / later : Double.NaN;
    }

    /** The per-layer RMS gradients at {@code weights}, on a copy of the model (the model is not touched). */
    private static double[] rmsAt(DiagnosticData d, List<org.nd4j.linalg.api.ndarray.INDArray> weights) {
        Sequential copy = new Sequential(d.layers.toArray(new Layer[0])).setDataType(d.model.dataType())
                .build((int) d.x.size(1));
        copy.setWeights(weights);
        compile(copy, d.model.optimizer(), d);
        return layerRms(copy, d.x, d.y, d.layers.size());
    }

    private static <S extends OptimizerState> void compile(Sequential copy, Optimizer<S> optimizer,
                                                           DiagnosticData d) {
        copy.compile(optimizer, d.model.loss());
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
        return layerRms(d.model, d.x, d.y, d.layers.size());
    }

    private static double[] layerRms(Sequential model, INDArray x, INDArray y, int layers) {
        if (x.size(0) > GRADIENT_ROWS) {
            x = x.get(NDArrayIndex.interval(0, GRADIENT_ROWS), NDArrayIndex.all());
            y = y.get(NDArrayIndex.interval(0, GRADIENT_ROWS), NDArrayIndex.all());
        }
        model.computeGradients(x, y);
        Parameters p = model.parameters();
        double[] sum = new double[layers];
        int[] count = new int[layers];
        INDArray grads = DiagnosticData.compact(p.gradients());
        float[] gf = grads.dataType() == DataType.FLOAT ? DiagnosticData.floats(grads) : null;
        double[] gd = gf == null ? DiagnosticData.vector(grads) : null;
        for (ParameterView v : p.views()) {
            for (int i = v.offset(); i < v.offset() + v.length(); i++) {
                double gi = gf != null ? gf[i] : gd[i];
                sum[v.layerIndex()] += gi * gi;
            }
            count[v.layerIndex()] += v.length();
        }
        double[] rms = new double[sum.length];
        for (int l = 0; l < rms.length; l++) {
            rms[l] = count[l] == 0 ? NO_WEIGHTS : Math.sqrt(sum[l] / count[l]);
        }
        return rms;
    }

    private static Map<String, Double> evidence(double[] rms, double ratio) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        for (int l = 0; l < rms.length; l++) {
            if (rms[l] != NO_WEIGHTS) {
                evidence.put("rmsGradient[layer " + l + "]", rms[l]);
            }
        }
        evidence.put("firstToOutputRatio", ratio);
        return evidence;
    }
}
