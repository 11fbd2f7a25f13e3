package org.neurite.core.io;

import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neurite.core.layers.Layer;
import org.neurite.core.spi.WeightSpec;

/**
 * Finds each layer's weights in a Keras file and checks them against the architecture: in a {@code .keras}'s
 * {@code model.weights.h5} under {@code layers/<class>[_N]/vars/0, 1, ...} (in every variant Keras versions
 * wrote: a {@code name} attribute, Windows back-slashed names, tf.keras 2.13's
 * {@code _layer_checkpoint_dependencies} with gaps in N), and in a legacy {@code .h5} under
 * {@code model_weights/<layer name>/} at the paths its {@code weight_names} attribute lists.
 */
final class KerasWeights {
    private static final Pattern KEY = Pattern.compile("(.*?)(?:_(\\d{1,9}))?");

    private KerasWeights() {
    }

    /** The weights of a {@code .keras} file, layer by layer, in {@link Layer#weights} order. */
    static List<Tensor> fromKeras3(Hdf5 h5, KerasArchitecture arch) {
        Map<String, String> groups = layerGroups(h5);
        Map<String, List<String>> byClass = new HashMap<>();
        groups.keySet().stream().sorted((a, b) -> Long.compare(counter(a), counter(b)))
                .forEach(key -> byClass.computeIfAbsent(base(key), k -> new ArrayList<>()).add(key));
        Map<String, Integer> used = new HashMap<>();
        List<Tensor> out = new ArrayList<>();
        int width = arch.inputWidth();
        for (int i = 0; i < arch.layers().size(); i++) {
            Layer layer = arch.layers().get(i);
            String snake = KerasLayers.snake(arch.kerasClasses().get(i));
            List<String> keys = byClass.getOrDefault(snake, List.of());
            String key = byName(h5, groups, keys, layer.name());
            if (key == null) {
                int n = used.merge(snake, 1, Integer::sum) - 1;
                key = n < keys.size() ? keys.get(n) : null;
            }
            String at = key == null ? "layers/" + snake : groups.get(key);
            Group vars = key == null ? null : h5.group(at + "/vars");
            int stored = vars == null ? 0 : h5.children(vars).size();
            List<String> paths = new ArrayList<>();
            for (int w = 0; w < stored; w++) {
                paths.add(at + "/vars/" + w);
            }
            out.addAll(layer(h5, at, paths, arch, i, width));
            width = layer.outputWidth(width);
        }
        return out;
    }

    /** The weights of a legacy {@code .h5} full-model file. */
    static List<Tensor> fromLegacy(Hdf5 h5, KerasArchitecture arch) {
        int width = arch.inputWidth();
        List<Tensor> out = new ArrayList<>();
        for (int i = 0; i < arch.layers().size(); i++) {
            Layer layer = arch.layers().get(i);
            String at = "model_weights/" + layer.name();
            Group group = h5.group(at);
            List<String> names = group == null ? null : h5.strings(group, "weight_names");
            if (names == null) {
                throw h5.fail(at, "lists no weights for layer '" + layer.name() + "' (index " + i + ", "
                        + layer.className() + "), which needs " + layer.weights(width) + ".");
            }
            out.addAll(layer(h5, at, names.stream().map(n -> at + "/" + n).toList(), arch, i, width));
            width = layer.outputWidth(width);
        }
        return out;
    }

    /**
     * Layer {@code index}'s weights from the variables Keras stored for it at {@code paths}, in order: its
     * Neurite weights, then the counters its mapper names (checked, not kept); none when its config fixes them.
     */
    private static List<Tensor> layer(Hdf5 h5, String at, List<String> paths, KerasArchitecture arch, int index,
                                      int width) {
        Layer layer = arch.layers().get(index);
        KerasLayerMapper mapper = KerasLayers.forKerasClass(arch.kerasClasses().get(index));
        List<WeightSpec> specs = layer.weights(width);
        boolean inConfig = mapper.weightsInConfig(layer);
        List<String> counters = inConfig ? List.of() : mapper.counters();
        int expected = inConfig ? 0 : specs.size() + counters.size();
        if (paths.size() != expected) {
            throw h5.fail(at, "holds " + paths.size() + " variables for layer '" + layer.name() + "' (index " + index
                    + ", " + layer.className() + "), which needs " + (inConfig ? "none (its config gives its weights)"
                    : specs + (counters.isEmpty() ? "" : " then the integer " + counters)) + ".");
        }
        List<Tensor> out = new ArrayList<>();
        for (int w = 0; w < specs.size(); w++) {
            out.add(inConfig ? fromSpec(layer, specs.get(w), arch) : checked(h5, paths.get(w), layer, index,
                    specs.get(w), arch));
        }
        for (int k = 0; k < counters.size(); k++) {
            checkCounter(h5, paths.get(specs.size() + k), layer, counters.get(k));
        }
        return out;
    }

    /** A weight whose values the layer's config fixed (its initializer holds them). */
    private static Tensor fromSpec(Layer layer, WeightSpec spec, KerasArchitecture arch) {
        double[] values = new double[spec.length()];
        spec.initializer().fill(values, spec.fanIn(), spec.fanOut(), new java.util.Random(0));
        return new Tensor(layer.name() + "/" + spec.name(), arch.dataType(), spec.shape(), values);
    }

    /** A Keras-only counter: an integer scalar {@code >= 0}. */
    private static void checkCounter(Hdf5 h5, String at, Layer layer, String name) {
        Tensor t = h5.tensor(at, layer.name() + "/" + name);
        double v = t.values().length == 1 ? t.values()[0] : -1;
        if (t.shape().length != 0 || !(v >= 0) || v != Math.rint(v)) {
            throw h5.fail(at, "must be layer '" + layer.name() + "''s " + name + ", an integer scalar >= 0; received "
                    + Arrays.toString(t.shape()) + " " + Arrays.toString(t.values()) + ".");
        }
    }

    private static Tensor checked(Hdf5 h5, String at, Layer layer, int index, WeightSpec spec, KerasArchitecture arch) {
        Tensor t = h5.tensor(at, layer.name() + "/" + spec.name());
        if (!Arrays.equals(t.shape(), spec.shape()) || t.type() != arch.dataType()) {
            throw h5.fail(at, "is " + Arrays.toString(t.shape()) + " " + t.type() + " but layer '" + layer.name()
                    + "' (index " + index + ", " + layer.className() + ") needs " + spec.name() + " "
                    + Arrays.toString(spec.shape()) + " " + arch.dataType() + ".");
        }
        return t;
    }

    /** Layer group keys (back-slashes made slashes, container stripped) → their HDF5 paths. */
    private static Map<String, String> layerGroups(Hdf5 h5) {
        Map<String, String> out = new HashMap<>();
        for (String container : new String[] {"layers", "_layer_checkpoint_dependencies"}) {
            Group g = h5.group(container);
            if (g != null) {
                h5.children(g).forEach(child -> out.put(child, container + "/" + child));
                return out;
            }
        }
        for (String child : h5.children(h5.group("/"))) {
            for (String container : new String[] {"layers\\", "_layer_checkpoint_dependencies\\"}) {
                if (child.startsWith(container)) {
                    out.put(child.substring(container.length()), child);
                }
            }
        }
        return out;
    }

    /** The key whose {@code vars@name} is {@code name}, when every candidate carries that attribute. */
    private static String byName(Hdf5 h5, Map<String, String> groups, List<String> keys, String name) {
        String found = null;
        for (String key : keys) {
            Node vars = h5.node(groups.get(key) + "/vars");
            List<String> attr = vars == null ? null : h5.strings(vars, "name");
            if (attr == null || attr.size() != 1) {
                return null;
            }
            if (attr.get(0).equals(name)) {
                found = key;
            }
        }
        return found;
    }

    private static String base(String key) {
        Matcher m = KEY.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    private static long counter(String key) {
        Matcher m = KEY.matcher(key);
        return m.matches() && m.group(2) != null ? Long.parseLong(m.group(2)) : 0;
    }
}
