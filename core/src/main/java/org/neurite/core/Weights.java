package org.neurite.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurite.engine.Network;
import org.neurite.engine.kernel.NativeMatrix;

/** Copying weight arrays (trainable and not) out of and into the network's flat buffers, in Keras order. */
final class Weights {
    private Weights() {
    }

    /** A copy of every weight array, shaped as declared. */
    static List<INDArray> copy(Network net) {
        List<INDArray> out = new ArrayList<>();
        List<ParameterView> views = net.weightViews();
        for (int i = 0; i < views.size(); i++) {
            ParameterView v = views.get(i);
            out.add(net.bufferOf(i).get(NDArrayIndex.interval(v.offset(), v.offset() + v.length()))
                    .reshape('c', v.shape()).dup('c'));
        }
        return out;
    }

    /** Checks that {@code weights} match the views in count and shapes. */
    static void check(Network net, List<INDArray> weights) {
        List<ParameterView> views = net.weightViews();
        if (weights == null || weights.size() != views.size()) {
            throw new IllegalArgumentException("setWeights: expected " + views.size() + " arrays " + views
                    + "; received " + (weights == null ? "null" : weights.size() + " arrays") + ". Pass the list in "
                    + "getWeights() order: each layer's weights in Keras order (kernel then bias for Dense).");
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

    /** Copies checked {@code weights} into the flat buffers, converting to their data type, one bulk copy each. */
    static void write(Network net, List<INDArray> weights) {
        List<ParameterView> views = net.weightViews();
        for (int i = 0; i < views.size(); i++) {
            ParameterView v = views.get(i);
            INDArray flat = net.bufferOf(i);
            INDArray w = weights.get(i).castTo(flat.dataType()).dup('c').reshape(v.length());
            NativeMatrix.of(flat).copyFrom(NativeMatrix.of(w), 0, v.offset(), v.length());
        }
    }
}
