package org.neurite.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Layer;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;

/** Rebuilds a {@link Sequential} from a checked {@link SavedModel}: layers, weights, compile, state, counters. */
final class Restorer {
    private Restorer() {
    }

    static Sequential restore(SavedModel saved) {
        Sequential model;
        try {
            model = new Sequential(saved.layers().toArray(new Layer[0])).setDataType(saved.dataType())
                    .build(saved.inputWidth());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ModelFileException(saved.file(), "config.json", "describes a model that cannot be built: "
                    + e.getMessage(), e);
        }
        List<INDArray> weights = new ArrayList<>();
        saved.weights().forEach(t -> weights.add(t.toArray()));
        try {
            model.setWeights(weights);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(saved.file(), "weights.bin", "holds weights the model refuses: "
                    + e.getMessage(), e);
        }
        if (!saved.isCompiled()) {
            return model;
        }
        try {
            model.compile(saved.optimizer(), saved.loss(), saved.metrics().toArray(new Metric[0]));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(saved.file(), "config.json", "$.compile_config cannot train this model: "
                    + e.getMessage(), e);
        }
        if (saved.optimizerState() != null) {
            restoreState(model, saved);
        }
        ModelFileStore.setCounters(model, saved.step(), saved.epoch(), saved.learningRateFactor());
        return model;
    }

    private static void restoreState(Sequential model, SavedModel saved) {
        Map<String, INDArray> slots = ModelFileStore.optimizerStateOf(model).slots();
        TreeSet<String> savedNames = new TreeSet<>();
        saved.optimizerState().forEach(t -> savedNames.add(t.name()));
        if (!savedNames.equals(new TreeSet<>(slots.keySet()))) {
            throw new ModelFileException(saved.file(), "optimizer.bin", "holds state slots " + savedNames + " but "
                    + model.optimizer().name() + " has " + new TreeSet<>(slots.keySet()) + ".");
        }
        for (Tensor t : saved.optimizerState()) {
            INDArray slot = slots.get(t.name());
            if (!Arrays.equals(slot.shape(), t.shape()) || slot.dataType() != t.type()) {
                throw new ModelFileException(saved.file(), "optimizer.bin", "slot '" + t.name() + "' is "
                        + Arrays.toString(t.shape()) + " " + t.type() + " but " + model.optimizer().name()
                        + " needs " + Arrays.toString(slot.shape()) + " " + slot.dataType() + ".");
            }
        }
        for (Tensor t : saved.optimizerState()) {
            slots.get(t.name()).assign(t.toArray());
        }
    }
}
