package org.neurite.core.io;

import io.jhdf.api.Group;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;

/**
 * An optimizer's state in Keras 3's layout ({@code iteration}, then {@code learning_rate} for a constant rate,
 * then the state variables in the order {@link KerasOptimizerMapper#kerasSlots} gives, each shaped like its model
 * variable) ↔ Neurite's flat state slots. A {@code .keras} holds them at {@code optimizer/vars/0, 1, ...}; a
 * legacy {@code .h5} written by Keras 3 in {@code optimizer_weights}, in the order of its {@code weight_names}
 * ({@code adam/iteration}, {@code adam/learning_rate}, {@code adam/sequential_dense_kernel_momentum}, ...).
 * Keras 2's {@code .h5} state is not read (see {@link #legacyPaths}).
 *
 * @param step Keras's iteration count, Neurite's step
 * @param slots the state slots by Neurite slot name, each {@code [parameter count]}, or null when none is stored
 */
record KerasOptimizerState(long step, List<Tensor> slots) {
    /** The layout of {@code optimizer}'s state in Keras, or null when it has none. */
    static List<List<String>> layout(Optimizer<?> optimizer) {
        for (KerasOptimizerMapper mapper : ServiceLoader.load(KerasOptimizerMapper.class)) {
            List<List<String>> groups = mapper.kerasSlots(optimizer);
            if (groups != null) {
                return groups;
            }
        }
        return null;
    }

    /** The paths of a {@code .keras}'s optimizer variables, in order (none when it has no optimizer group). */
    static List<String> kerasPaths(Hdf5 h5) {
        Group vars = h5.group("optimizer/vars");
        int stored = vars == null ? 0 : h5.children(vars).size();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stored; i++) {
            out.add("optimizer/vars/" + i);
        }
        return out;
    }

    /**
     * The paths of a legacy {@code .h5}'s optimizer variables, in order, or null when the file is Keras 2's:
     * tf.keras and Keras 2 order the state slot by slot (every m, then every v), mix in hyperparameter variables
     * that vary by version ({@code beta_1}, {@code decay}, ...), and Keras 2.1 names them {@code Variable_N}
     * without the slot; no fixture holds such a file, so that state is left unread and the model starts a fresh
     * optimizer at step 0, as documented.
     */
    static List<String> legacyPaths(Hdf5 h5, boolean keras2) {
        Group group = h5.group("optimizer_weights");
        if (group == null) {
            return List.of();
        }
        if (keras2) {
            return null;
        }
        List<String> names = h5.strings(group, "weight_names");
        if (names == null || names.isEmpty() || !names.get(0).endsWith("iteration")) {
            throw h5.fail("optimizer_weights", "lists " + (names == null ? "no weight_names" : "the variables "
                    + shown(names)) + "; a Keras 3 file lists its optimizer's iteration first. The optimizer state is "
                    + "not understood, so the model is not loaded with a wrong one.");
        }
        return names.stream().map(n -> "optimizer_weights/" + n).toList();
    }

    private static String shown(List<String> names) {
        return names.size() > 4 ? names.subList(0, 4) + " (" + names.size() + " in all)" : names.toString();
    }

    /**
     * Reads the state of {@code optimizer} for {@code weights} (the model's trainable variables, in order) from
     * the optimizer variables at {@code paths}, in Keras's order.
     */
    static KerasOptimizerState read(Hdf5 h5, List<String> paths, Optimizer<?> optimizer, List<Tensor> weights,
                                    DataType type) {
        int stored = paths.size();
        if (stored <= 2) {
            // No optimizer variables, or an optimizer that was built but never stepped: fresh state.
            return new KerasOptimizerState(stored == 0 ? 0 : iteration(h5, paths.get(0)), null);
        }
        String at = paths.get(0).substring(0, paths.get(0).lastIndexOf('/'));
        List<List<String>> groups = layout(optimizer);
        if (groups == null) {
            throw h5.fail(at, "holds " + stored + " variables, but Neurite knows no Keras layout of "
                    + optimizer.name() + "'s state. The optimizer state is not understood, so the model is not loaded "
                    + "with a wrong one; load it without an optimizer, or with one that Keras can hold.");
        }
        int perVariable = groups.stream().mapToInt(List::size).sum();
        int expected = perVariable * weights.size();
        int first = stored - expected;
        boolean constant = optimizer.learningRate() instanceof LearningRateSchedule.Constant;
        if (!(first == 1 || (first == 2 && constant))) {
            throw h5.fail(at, "holds " + stored + " variables, which Neurite cannot match to "
                    + optimizer.name() + "'s state for " + weights.size() + " weight arrays (expected 1 or 2 counters "
                    + "then " + groups + " per variable). The optimizer state is not understood, so the model is not loaded with a wrong one.");
        }
        long count = 0;
        for (Tensor w : weights) {
            count += w.values().length;
        }
        final int total = Math.toIntExact(count);
        Map<String, double[]> slots = new LinkedHashMap<>();
        int index = first;
        for (List<String> group : groups) {
            long offset = 0;
            for (Tensor w : weights) {
                for (String slot : group) {
                    Tensor t = h5.tensor(paths.get(index), slot);
                    if (!Arrays.equals(t.shape(), w.shape())) {
                        throw h5.fail(paths.get(index), "is " + Arrays.toString(t.shape()) + " but holds "
                                + slot + " for " + w.name() + " " + Arrays.toString(w.shape()) + ".");
                    }
                    double[] flat = slots.computeIfAbsent(slot, s -> new double[total]);
                    System.arraycopy(t.values(), 0, flat, (int) offset, t.values().length);
                    index++;
                }
                offset += w.values().length;
            }
        }
        List<Tensor> out = new ArrayList<>();
        slots.forEach((name, values) -> out.add(new Tensor(name, type, new long[] {total}, values)));
        return new KerasOptimizerState(iteration(h5, paths.get(0)), out);
    }

    private static long iteration(Hdf5 h5, String at) {
        Tensor t = h5.tensor(at, "iteration");
        double v = t.values().length == 1 ? t.values()[0] : -1;
        if (v < 0 || v != Math.rint(v) || v > (1L << 53)) {
            throw h5.fail(at, "must be the iteration count, a scalar integer >= 0; received "
                    + Arrays.toString(t.values()) + ".");
        }
        return (long) v;
    }
}
