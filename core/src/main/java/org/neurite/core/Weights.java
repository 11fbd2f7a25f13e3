package org.neurite.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
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
            requireFinite(w, i, v.name());
        }
    }

    /** Rejects a NaN or infinite value, naming the array, its index and the element's position. */
    private static void requireFinite(INDArray w, int i, String name) {
        if (w.isEmpty()) {
            return;
        }
        double[] values = w.dup('c').castTo(DataType.DOUBLE).data().asDouble();
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("setWeights: array " + i + " (" + name + ") holds " + values[k]
                        + " at index " + Arrays.toString(indexOf(k, w.shape())) + "; every weight must be finite. "
                        + "Pass finite weights, e.g. from a run that did not diverge.");
            }
        }
    }

    private static long[] indexOf(long flat, long[] shape) {
        long[] index = new long[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return index;
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
