package org.neurite.core.io;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.OptimizerState;
import org.neurite.core.ParameterView;
import org.neurite.core.Sequential;

/**
 * Writes {@code model.weights.h5} with jHDF's writer in Keras 3's layout: {@code layers/<key>/vars/0, 1, ...}
 * (with the {@code name} attribute Keras 3.6+ sets; a layer's weights, then the counters its mapper names, as
 * int32 0) and, once the optimizer has state that Keras can hold,
 * {@code optimizer/vars/0 = iteration, 1 = learning_rate} (constant rates only) followed by the state
 * variables in Keras's order. No empty groups are written (jHDF 0.13 writes some of them wrongly, and Keras
 * treats a missing group as empty).
 */
final class KerasWeightsWriter {
    private KerasWeightsWriter() {
    }

    static byte[] write(Sequential model, List<String> groupKeys) throws IOException {
        Path temp = Files.createTempFile("neurite-", ".weights.h5");
        try {
            try (WritableHdfFile h5 = HdfFile.write(temp)) {
                writeLayers(h5, model, groupKeys);
                writeOptimizer(h5, model);
            }
            return Files.readAllBytes(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeLayers(WritableHdfFile h5, Sequential model, List<String> groupKeys) {
        List<INDArray> weights = model.getWeights();
        WritableGroup layers = null;
        int w = 0;
        int width = model.inputWidth();
        for (int i = 0; i < model.layers().size(); i++) {
            int count = model.layers().get(i).weights(width).size();
            List<String> counters = KerasLayers.forLayer(model.layers().get(i)).counters();
            width = model.layers().get(i).outputWidth(width);
            if (count + counters.size() == 0) {
                continue; // no empty groups: Keras treats a missing one as empty
            }
            layers = layers == null ? h5.putGroup("layers") : layers;
            WritableGroup vars = layers.putGroup(groupKeys.get(i)).putGroup("vars");
            vars.putAttribute("name", model.layerNames().get(i));
            for (int k = 0; k < count; k++, w++) {
                vars.putDataset(Integer.toString(k), nested(weights.get(w)));
            }
            for (int k = 0; k < counters.size(); k++) {
                // Keras 3 never counts (0); int32, as Keras 3.15 on JAX writes it (on TensorFlow, int64; both load).
                vars.putDataset(Integer.toString(count + k), 0);
            }
        }
    }

    private static void writeOptimizer(WritableHdfFile h5, Sequential model) {
        OptimizerState state = model.isCompiled() ? model.optimizerState() : null;
        List<List<String>> layout = state == null ? null : KerasOptimizerState.layout(model.optimizer());
        if (layout == null || KerasCompile.write(model) == null) {
            return;
        }
        WritableGroup vars = h5.putGroup("optimizer").putGroup("vars");
        vars.putAttribute("name", model.optimizer().name());
        vars.putDataset("0", model.step());
        int index = 1;
        LearningRateSchedule lr = model.optimizer().learningRate();
        if (lr instanceof LearningRateSchedule.Constant) {
            vars.putDataset(Integer.toString(index++), (float) model.currentLearningRate());
        }
        Map<String, INDArray> slots = state.slots();
        for (List<String> group : layout) {
            for (ParameterView view : model.parameters().views()) {
                for (String slot : group) {
                    INDArray flat = slots.get(slot);
                    INDArray part = flat.reshape(flat.length()).get(org.nd4j.linalg.indexing.NDArrayIndex.interval(
                            view.offset(), view.offset() + view.length())).reshape('c', view.shape());
                    vars.putDataset(Integer.toString(index++), nested(part));
                }
            }
        }
    }

    /** The array as a Java array of its shape (float or double), which jHDF writes with that shape. */
    static Object nested(INDArray array) {
        long[] shape = array.shape();
        int[] dims = new int[shape.length];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = Math.toIntExact(shape[i]);
        }
        boolean single = array.dataType() == DataType.FLOAT;
        double[] values = array.length() == 0 ? new double[0] : array.dup('c').reshape(array.length())
                .toDoubleVector();
        if (dims.length == 0) {
            return single ? (Object) (float) values[0] : (Object) values[0];
        }
        Object out = Array.newInstance(single ? float.class : double.class, dims);
        fill(out, values, new int[] {0}, dims.length, single);
        return out;
    }

    private static void fill(Object array, double[] values, int[] next, int depth, boolean single) {
        int n = Array.getLength(array);
        for (int i = 0; i < n; i++) {
            if (depth == 1) {
                if (single) {
                    Array.setFloat(array, i, (float) values[next[0]++]);
                } else {
                    Array.setDouble(array, i, values[next[0]++]);
                }
            } else {
                fill(Array.get(array, i), values, next, depth - 1, single);
            }
        }
    }
}
