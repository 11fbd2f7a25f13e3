package org.neurite.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neurite.core.layers.Layer;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Sequential;

/**
 * What a {@code .keras} written by Neurite carries beyond Keras's own entries, for a bit-identical resume:
 * {@code neurite.json} (Neurite's own config: the exact optimizer record, loss, metrics, and the step, epoch
 * and learning-rate factor) and {@code neurite-optimizer.bin} (the optimizer's state slots in Neurite's array
 * format). Keras reads only its three entries and ignores these; a file Keras re-saves drops them, and
 * Neurite then reads Keras's own compile config and optimizer variables instead.
 */
final class KerasExtras {
    private KerasExtras() {
    }

    static void add(Sequential model, List<AtomicWriter.Item> items) {
        items.add(new AtomicWriter.Item(KerasFile.EXTRAS, Json.write(ConfigCodec.encode(model)), true));
        OptimizerState state = model.isCompiled() ? model.optimizerState() : null;
        if (state != null) {
            List<Tensor> slots = new ArrayList<>();
            new TreeMap<>(state.slots()).forEach((name, array) -> slots.add(Tensor.of(name, array)));
            items.add(new AtomicWriter.Item(KerasFile.EXTRA_STATE, TensorCodec.encode(slots), true));
        }
    }

    static SavedModel read(Path path, Map<String, byte[]> entries, KerasArchitecture arch, List<Tensor> weights,
                           Optimizer<?> given) {
        ConfigCodec.Decoded own = ConfigCodec.decode(Json.parse(entries.get(KerasFile.EXTRAS), path,
                KerasFile.EXTRAS), path, given);
        if (!describe(own.layers()).equals(describe(arch.layers())) || own.inputWidth() != arch.inputWidth()
                || own.dataType() != arch.dataType()) {
            throw new ModelFileException(path, KerasFile.EXTRAS, "describes " + describe(own.layers()) + " but "
                    + KerasFile.CONFIG + " describes " + describe(arch.layers()) + "; the file was edited. Remove "
                    + KerasFile.EXTRAS + " to load it as a plain Keras file.");
        }
        List<Tensor> state = null;
        if (entries.containsKey(KerasFile.EXTRA_STATE)) {
            if (own.optimizer() == null) {
                throw new ModelFileException(path, KerasFile.EXTRA_STATE, "is present but the model is uncompiled.");
            }
            state = TensorCodec.decode(entries.get(KerasFile.EXTRA_STATE), path, KerasFile.EXTRA_STATE);
        }
        return new SavedModel(path, arch.layers(), arch.dataType(), arch.inputWidth(), weights, own.optimizer(),
                own.loss(), own.metrics(), state, own.step(), own.epoch(), own.learningRateFactor());
    }

    private static List<String> describe(List<Layer> layers) {
        List<String> out = new ArrayList<>();
        for (Layer l : layers) {
            out.add(l.className() + "(" + l.name() + ", " + l.config() + ")");
        }
        return out;
    }
}
