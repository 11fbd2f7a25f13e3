package org.neurite.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.engine.kernel.NativeMatrix;

/** Copying weight arrays out of and into the flat parameter buffer, in Keras order. */
final class Weights {
    private Weights() {
    }

    /** A copy of every weight array, shaped as declared. */
    static List<INDArray> copy(Parameters parameters) {
        List<INDArray> out = new ArrayList<>();
        INDArray flat = parameters.values();
        for (ParameterView v : parameters.views()) {
            out.add(flat.get(NDArrayIndex.interval(v.offset(), v.offset() + v.length())).reshape('c', v.shape())
                    .dup('c'));
        }
        return out;
    }

    /** Checks that {@code weights} match the views in count and shapes. */
    static void check(Parameters parameters, List<INDArray> weights) {
        List<ParameterView> views = parameters.views();
        if (weights == null || weights.size() != views.size()) {
            throw new IllegalArgumentException("setWeights: expected " + views.size() + " arrays " + views
                    + "; received " + (weights == null ? "null" : weights.size() + " arrays") + ". Pass the list in "
                    + "getWeights() order: kernel then bias for each layer.");
        }
        for (int i = 0; i < views.size(); i++) {
            INDArray w = weights.get(i);
            ParameterView v = views.get(i);
            if (w == null || !Arrays.equals(w.shape(), v.shape())) {
                throw new IllegalArgumentException("setWeights: array " + i + " (" + v.name() + ") must have shape "
                        + Arrays.toString(v.shape()) + "; received " + (w == null ? "null" : Arrays.toString(w.shape()))
                        + ".");
            }
        }
    }

    /** Copies checked {@code weights} into the flat buffer, converting to its data type, one bulk copy each. */
    static void write(Parameters parameters, List<INDArray> weights) {
        NativeMatrix flat = parameters.valueMatrix();
        List<ParameterView> views = parameters.views();
        for (int i = 0; i < views.size(); i++) {
            ParameterView v = views.get(i);
            INDArray w = weights.get(i).castTo(parameters.dataType()).dup('c').reshape(v.length());
            flat.copyFrom(NativeMatrix.of(w), 0, v.offset(), v.length());
        }
    }
}
