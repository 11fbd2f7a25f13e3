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
 * An optimizer's state in Keras's layout ({@code optimizer/vars/0 = iteration}, then {@code learning_rate}
 * for a constant rate, then the state variables in the order {@link KerasOptimizerMapper#kerasSlots} gives,
 * each shaped like its model variable) ↔ Neurite's flat state slots.
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

    /** Reads the state of {@code optimizer} for {@code weights} (the model's variables, in order). */
    static KerasOptimizerState read(Hdf5 h5, Optimizer<?> optimizer, List<Tensor> weights, DataType type) {
        Group vars = h5.group("optimizer/vars");
        int stored = vars == null ? 0 : h5.children(vars).size();
        if (stored <= 2) {
            // No optimizer group, or an optimizer that was built but never stepped: fresh state.
            return new KerasOptimizerState(stored == 0 ? 0 : iteration(h5), null);
        }
        List<List<String>> groups = layout(optimizer);
        int perVariable = groups == null ? -1 : groups.stream().mapToInt(List::size).sum();
        int expected = perVariable * weights.size();
        int first = stored - expected;
        boolean constant = optimizer.learningRate() instanceof LearningRateSchedule.Constant;
        if (groups == null || !(first == 1 || (first == 2 && constant))) {
            throw h5.fail("optimizer/vars", "holds " + stored + " variables, which Neurite cannot match to "
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
                    Tensor t = h5.tensor("optimizer/vars/" + index, slot);
                    if (!Arrays.equals(t.shape(), w.shape())) {
                        throw h5.fail("optimizer/vars/" + index, "is " + Arrays.toString(t.shape()) + " but holds "
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
        return new KerasOptimizerState(iteration(h5), out);
    }

    private static long iteration(Hdf5 h5) {
        Tensor t = h5.tensor("optimizer/vars/0", "iteration");
        double v = t.values().length == 1 ? t.values()[0] : -1;
        if (v < 0 || v != Math.rint(v) || v > (1L << 53)) {
            throw h5.fail("optimizer/vars/0", "must be the iteration count, a scalar integer >= 0; received "
                    + Arrays.toString(t.values()) + ".");
        }
        return (long) v;
    }
}
