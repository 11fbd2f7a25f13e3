package org.neurite.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.layers.Layer;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Sequential;
import org.neurite.core.spi.WeightSpec;

/**
 * Writes and reads the model file behind {@code Sequential.save} and {@code Sequential.load}; the layout is
 * described in the {@linkplain org.neurite.core.io package documentation}.
 */
public final class ModelFile {
    static final String CONFIG = "config.json";
    static final String WEIGHTS = "weights.bin";
    static final String OPTIMIZER = "optimizer.bin";
    static final Set<String> KNOWN = Set.of(CONFIG, WEIGHTS, OPTIMIZER);
    private static final Set<String> REQUIRED = Set.of(CONFIG, WEIGHTS);

    private ModelFile() {
    }

    /** Saves a built model atomically; see {@code Sequential.save}. */
    public static void save(Sequential model, Path path) {
        save(model, path, Disk.SYSTEM);
    }

    static void save(Sequential model, Path path, Disk disk) {
        if (path == null || model == null) {
            throw new IllegalArgumentException("save: model and path must not be null; received model=" + model
                    + ", path=" + path + ".");
        }
        if (KerasFile.isLegacy(path)) {
            throw new ModelFileException(path, null, "cannot save as a legacy Keras .h5: Neurite writes Keras 3's "
                    + ".keras format (or its own). Save to a path ending in .keras.");
        }
        if (KerasFile.isZip(path)) {
            KerasFileWriter.save(model, path, disk);
            return;
        }
        List<AtomicWriter.Item> items = new ArrayList<>();
        items.add(new AtomicWriter.Item(CONFIG, Json.write(ConfigCodec.encode(model)), false));
        List<Tensor> weights = new ArrayList<>();
        List<INDArray> arrays = model.getWeights();
        List<String> names = model.weightNames();
        for (int i = 0; i < arrays.size(); i++) {
            weights.add(Tensor.of(names.get(i), arrays.get(i)));
        }
        items.add(new AtomicWriter.Item(WEIGHTS, TensorCodec.encode(weights), true));
        OptimizerState state = model.isCompiled() ? model.optimizerState() : null;
        if (state != null) {
            List<Tensor> slots = new ArrayList<>();
            new TreeMap<>(state.slots()).forEach((name, array) -> slots.add(Tensor.of(name, array)));
            items.add(new AtomicWriter.Item(OPTIMIZER, TensorCodec.encode(slots), true));
        }
        AtomicWriter.write(path, items, disk);
    }

    /**
     * Reads and checks a model file; {@code optimizer}, when not null, replaces the saved one (same name).
     *
     * @throws ModelFileException naming the file, entry and field of the first problem found
     */
    public static SavedModel read(Path path, Optimizer<?> optimizer) {
        if (path == null) {
            throw new IllegalArgumentException("load: path must not be null.");
        }
        if (KerasFile.isKeras(path)) {
            return KerasFile.read(path, optimizer);
        }
        Map<String, byte[]> entries = ZipReader.read(path, KNOWN, REQUIRED);
        ConfigCodec.Decoded config = ConfigCodec.decode(Json.parse(entries.get(CONFIG), path, CONFIG), path,
                optimizer);
        List<Tensor> weights = TensorCodec.decode(entries.get(WEIGHTS), path, WEIGHTS);
        checkWeights(config, weights, path);
        List<Tensor> state = null;
        if (entries.containsKey(OPTIMIZER)) {
            if (config.optimizer() == null) {
                throw new ModelFileException(path, OPTIMIZER, "is present but config.json has no compile_config.");
            }
            state = TensorCodec.decode(entries.get(OPTIMIZER), path, OPTIMIZER);
        }
        return new SavedModel(path, config.layers(), config.dataType(), config.inputWidth(), weights,
                config.optimizer(), config.loss(), config.metrics(), state, config.step(), config.epoch(),
                config.learningRateFactor());
    }

    private static void checkWeights(ConfigCodec.Decoded config, List<Tensor> weights, Path path) {
        int width = config.inputWidth();
        int index = 0;
        for (int l = 0; l < config.layers().size(); l++) {
            Layer layer = config.layers().get(l);
            for (WeightSpec spec : layer.weights(width)) {
                String name = layer.name() + "/" + spec.name();
                if (index >= weights.size()) {
                    throw new ModelFileException(path, WEIGHTS, "holds " + weights.size() + " arrays but the "
                            + "architecture in config.json needs '" + name + "' too.");
                }
                Tensor t = weights.get(index++);
                if (!t.name().equals(name) || !Arrays.equals(t.shape(), spec.shape()) || t.type() != config.dataType()) {
                    throw new ModelFileException(path, WEIGHTS, "array " + (index - 1) + " is '" + t.name() + "' "
                            + Arrays.toString(t.shape()) + " " + t.type() + " but config.json describes '" + name
                            + "' " + Arrays.toString(spec.shape()) + " " + config.dataType() + " for layer '"
                            + layer.name() + "' (index " + l + ", " + layer.className() + ").");
                }
            }
            width = layer.outputWidth(width);
        }
        if (index != weights.size()) {
            throw new ModelFileException(path, WEIGHTS, "holds " + weights.size() + " arrays; the architecture in "
                    + "config.json has " + index + ".");
        }
    }
}
