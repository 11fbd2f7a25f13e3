package org.neurite.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.neurite.core.Optimizer;

/**
 * Keras model files: Keras 3's {@code .keras} zip ({@code metadata.json}, {@code config.json},
 * {@code model.weights.h5}) and the legacy full-model {@code .h5} of Keras 2 and 3, chosen by the file's
 * extension ({@code .keras}, {@code .h5}, {@code .hdf5}). Reading accepts Sequential and single-chain
 * Functional models of the layers {@link KerasLayers} maps; writing produces a {@code .keras} (see
 * {@link KerasFileWriter}).
 */
public final class KerasFile {
    static final String CONFIG = "config.json";
    static final String METADATA = "metadata.json";
    static final String WEIGHTS = "model.weights.h5";
    static final String EXTRAS = "neurite.json";
    static final String EXTRA_STATE = "neurite-optimizer.bin";
    /** The largest legacy {@code .h5} read into memory. */
    static final long MAX_H5_BYTES = 1L << 30;
    /** The most parts a split attribute ({@code model_config0, model_config1, ...}) may have. */
    static final int MAX_PARTS = 10_000;
    static final Set<String> KNOWN_ENTRIES = Set.of(CONFIG, METADATA, WEIGHTS, EXTRAS, EXTRA_STATE);

    private KerasFile() {
    }

    /** Whether {@code path} names a Keras file, by its extension. */
    public static boolean isKeras(Path path) {
        return isZip(path) || isLegacy(path);
    }

    static boolean isZip(Path path) {
        return name(path).endsWith(".keras");
    }

    static boolean isLegacy(Path path) {
        return name(path).endsWith(".h5") || name(path).endsWith(".hdf5");
    }

    private static String name(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("KerasFile: path must be a file path; received null. "
                    + "Pass the path of a .keras or .h5 file.");
        }
        Path file = path.getFileName();
        return file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
    }

    /** Reads a {@code .keras} or {@code .h5} file; {@code optimizer}, when given, replaces the saved one. */
    public static SavedModel read(Path path, Optimizer<?> optimizer) {
        return isZip(path) ? readZip(path, optimizer) : readLegacy(path, optimizer);
    }

    private static SavedModel readZip(Path path, Optimizer<?> given) {
        Map<String, byte[]> entries = ZipReader.read(path, KNOWN_ENTRIES, Set.of(CONFIG, WEIGHTS));
        boolean keras2 = entries.containsKey(METADATA) && Json.parse(entries.get(METADATA), path, METADATA)
                .path("keras_version").asText("").startsWith("2.");
        JsonNode config = Json.parse(entries.get(CONFIG), path, CONFIG);
        Fields f = new Fields(path, CONFIG);
        KerasArchitecture arch = KerasArchitecture.read(config, keras2, f, config.get("build_config"));
        try (Hdf5 h5 = Hdf5.open(entries.get(WEIGHTS), path, WEIGHTS)) {
            List<Tensor> weights = KerasWeights.fromKeras3(h5, arch);
            if (entries.containsKey(EXTRAS)) {
                return KerasExtras.read(path, entries, arch, weights, given);
            }
            KerasCompile compile = KerasCompile.read(config.get("compile_config"), f, "$.compile_config");
            return compiled(path, arch, weights, compile, given, h5, KerasOptimizerState.kerasPaths(h5));
        }
    }

    private static SavedModel readLegacy(Path path, Optimizer<?> given) {
        byte[] bytes = legacyBytes(path, MAX_H5_BYTES);
        try (Hdf5 h5 = Hdf5.open(bytes, path, null)) {
            io.jhdf.api.Group root = h5.group("/");
            List<String> version = h5.strings(root, "keras_version");
            boolean keras2 = version != null && !version.isEmpty() && version.get(0).startsWith("2.");
            String modelConfig = attribute(h5, root, "model_config");
            if (modelConfig == null) {
                throw new ModelFileException(path, null, "has no model_config attribute: it holds weights only, "
                        + "not a whole Keras model (saved with save_weights?). Neurite needs the architecture.");
            }
            Fields f = new Fields(path, "model_config");
            KerasArchitecture arch = KerasArchitecture.read(json(modelConfig, path, "model_config"), keras2, f,
                    null);
            List<Tensor> weights = KerasWeights.fromLegacy(h5, arch);
            String training = attribute(h5, root, "training_config");
            KerasCompile compile = training == null ? null : KerasCompile.read(json(training, path,
                    "training_config"), new Fields(path, "training_config"), "training_config");
            return compiled(path, arch, weights, compile, given, h5,
                    compile == null ? List.of() : KerasOptimizerState.legacyPaths(h5, keras2));
        }
    }

    /**
     * The model, compiled as saved, with the optimizer state stored at {@code optimizerPaths} (in Keras's order;
     * null when the file's state is left unread, a Keras 2 {@code .h5}'s).
     */
    private static SavedModel compiled(Path path, KerasArchitecture arch, List<Tensor> weights, KerasCompile compile,
                                       Optimizer<?> given, Hdf5 h5, List<String> optimizerPaths) {
        if (compile == null) {
            if (given != null) {
                throw new ModelFileException(path, CONFIG, "the model was saved uncompiled, so there is no optimizer"
                        + " state to pair with the one given. Load it with Sequential.load(path) and compile it.");
            }
            return new SavedModel(path, arch.layers(), arch.dataType(), arch.inputWidth(), weights, null, null,
                    List.of(), null, 0, 0, 1);
        }
        Optimizer<?> optimizer = given != null ? given : compile.optimizer();
        KerasOptimizerState state = optimizerPaths == null ? new KerasOptimizerState(0, null)
                : KerasOptimizerState.read(h5, optimizerPaths, optimizer, trainable(arch, weights), arch.dataType());
        return new SavedModel(path, arch.layers(), arch.dataType(), arch.inputWidth(), weights, optimizer,
                compile.loss(), compile.metrics(), state.slots(), state.step(), 0, 1);
    }

    /** The trainable weights (those the optimizer keeps state for), in order. */
    private static List<Tensor> trainable(KerasArchitecture arch, List<Tensor> weights) {
        List<Tensor> out = new java.util.ArrayList<>();
        int w = 0;
        int width = arch.inputWidth();
        for (org.neurite.core.layers.Layer layer : arch.layers()) {
            for (org.neurite.core.spi.WeightSpec spec : layer.weights(width)) {
                if (spec.trainable()) {
                    out.add(weights.get(w));
                }
                w++;
            }
            width = layer.outputWidth(width);
        }
        return out;
    }

    /** The bytes of the file at {@code path}, refused when it has more than {@code limit}. */
    static byte[] legacyBytes(Path path, long limit) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new ModelFileException(path, null, "no such file (or not a regular file).");
            }
            long size = Files.size(path);
            if (size > limit) {
                throw new ModelFileException(path, null, "has " + size + " bytes; Neurite reads Keras .h5 files of "
                        + "at most " + limit + " bytes.");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ModelFileException(path, null, "cannot be read (" + e + ").", e);
        }
    }

    private static String attribute(Hdf5 h5, io.jhdf.api.Node node, String name) {
        return attribute(h5, node, name, MAX_PARTS);
    }

    /**
     * A string attribute, joined from Keras's {@code name0, name1, ...} parts when it was split (h5py limits an
     * attribute to 64 KB); more than {@code maxParts} parts are refused.
     */
    static String attribute(Hdf5 h5, io.jhdf.api.Node node, String name, int maxParts) {
        List<String> whole = h5.strings(node, name);
        if (whole != null) {
            return String.join("", whole);
        }
        StringBuilder joined = null;
        for (int i = 0; ; i++) {
            List<String> part = h5.strings(node, name + i);
            if (part == null) {
                break;
            }
            if (i == maxParts) {
                throw h5.fail(node.getPath(), "splits the attribute " + name + " into more than " + maxParts
                        + " parts; the file is damaged or hostile.");
            }
            joined = (joined == null ? new StringBuilder() : joined).append(String.join("", part));
        }
        return joined == null ? null : joined.toString();
    }

    private static JsonNode json(String text, Path path, String entry) {
        return Json.parse(text.getBytes(StandardCharsets.UTF_8), path, entry);
    }
}
