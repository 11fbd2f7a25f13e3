package org.neurite.engine;

import java.util.ArrayList;
import java.util.List;
import org.neurite.core.Activation;
import org.neurite.core.constraints.Constraint;
import org.neurite.core.regularizers.Regularizer;
import org.neurite.core.spi.WeightSpec;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * A network's weight and activity penalties and weight constraints, as chunked loops over the flat buffers
 * (nothing allocated per step). Penalties follow Keras: the weight penalty is added to each batch's mean loss,
 * the activity penalty of a layer's output is divided by the batch size; constraints run after each update.
 */
public final class Penalties {
    private final NativeMatrix[] regularizedValues;
    private final NativeMatrix[] regularizedGradients;
    private final Regularizer[] regularizers;
    private final Regularizer[] activity;
    private final NativeMatrix[] constrained;
    private final Constraint[] constraints;
    private final int[] rows;
    private final int[] cols;
    private final double[] values;
    private final double[] slices;

    Penalties(Network net) {
        List<NativeMatrix> rv = new ArrayList<>();
        List<NativeMatrix> rg = new ArrayList<>();
        List<Regularizer> rs = new ArrayList<>();
        List<NativeMatrix> cv = new ArrayList<>();
        List<Constraint> cs = new ArrayList<>();
        List<long[]> shapes = new ArrayList<>();
        int[] position = new int[net.layers().size()];
        int largest = 1;
        for (int i = 0; i < net.weightViews().size(); i++) {
            int layer = net.weightViews().get(i).layerIndex();
            int k = position[layer]++;
            WeightSpec spec = net.spec(i);
            if (spec.regularizer() != null) {
                rv.add(net.weights(layer).get(k));
                rg.add(net.gradients(layer).get(k));
                rs.add(spec.regularizer());
            }
            if (spec.constraint() != null) {
                cv.add(net.weights(layer).get(k));
                cs.add(spec.constraint());
                shapes.add(spec.shape());
                largest = Math.max(largest, spec.length());
            }
        }
        regularizedValues = rv.toArray(new NativeMatrix[0]);
        regularizedGradients = rg.toArray(new NativeMatrix[0]);
        regularizers = rs.toArray(new Regularizer[0]);
        constrained = cv.toArray(new NativeMatrix[0]);
        constraints = cs.toArray(new Constraint[0]);
        rows = new int[shapes.size()];
        cols = new int[shapes.size()];
        int widest = 1;
        for (int i = 0; i < shapes.size(); i++) {
            long[] s = shapes.get(i);
            rows[i] = (int) s[0];
            cols[i] = s.length > 1 ? (int) (constrained[i].array().length() / s[0]) : 1;
            widest = Math.max(widest, Math.max(rows[i], cols[i]));
        }
        values = constraints.length == 0 ? null : new double[largest];
        slices = constraints.length == 0 ? null : new double[widest];
        activity = new Regularizer[net.layers().size()];
        for (int l = 0; l < activity.length; l++) {
            activity[l] = net.layers().get(l).activityRegularizer();
        }
    }

    /** Σ of the weight penalties. */
    double weightPenalty(Scratch s) {
        double total = 0;
        for (int i = 0; i < regularizers.length; i++) {
            NativeMatrix w = regularizedValues[i];
            int n = (int) w.array().length();
            for (int off = 0; off < n; off += Scratch.CHUNK) {
                int len = Math.min(Scratch.CHUNK, n - off);
                w.load(off, s.a, len, s);
                total += regularizers[i].penalty(s.a, len);
            }
        }
        return total;
    }

    /** Adds the weight penalties' gradients to the gradient buffer. */
    void addWeightGradients(Scratch s) {
        for (int i = 0; i < regularizers.length; i++) {
            NativeMatrix w = regularizedValues[i];
            NativeMatrix g = regularizedGradients[i];
            int n = (int) w.array().length();
            for (int off = 0; off < n; off += Scratch.CHUNK) {
                int len = Math.min(Scratch.CHUNK, n - off);
                w.load(off, s.a, len, s);
                g.load(off, s.b, len, s);
                regularizers[i].addGradient(s.a, s.b, len, 1.0);
                g.store(off, s.b, len, s);
            }
        }
    }

    /** Σ over layers of the activity penalty of the first {@code rows} rows of their outputs (not divided). */
    double activityPenalty(Workspace w, int rows) {
        double total = 0;
        for (int l = 0; l < activity.length; l++) {
            if (activity[l] != null) {
                NativeMatrix a = w.a.get(l);
                int n = rows * a.cols();
                for (int off = 0; off < n; off += Scratch.CHUNK) {
                    int len = Math.min(Scratch.CHUNK, n - off);
                    a.load(off, w.scratch.a, len, w.scratch);
                    total += activity[l].penalty(w.scratch.a, len);
                }
            }
        }
        return total;
    }

    boolean hasActivity(int layer) {
        return activity[layer] != null;
    }

    /**
     * Adds layer {@code l}'s activity-penalty gradient (divided by {@code rows}) to {@code target}: to dL/da when
     * {@code act} is null, else carried through the activation to dL/dz.
     */
    void addActivityGradient(int l, Workspace w, int rows, NativeMatrix target, Activation act) {
        Scratch s = w.scratch;
        NativeMatrix z = w.z.get(l);
        NativeMatrix a = w.a.get(l);
        int width = a.cols();
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            int off = r * width;
            a.load(off, s.b, len, s);
            java.util.Arrays.fill(s.c, 0, len, 0.0);
            activity[l].addGradient(s.b, s.c, len, 1.0 / rows);
            if (act != null) {
                z.load(off, s.a, len, s);
                act.backward(s.a, s.b, s.c, len, width);
            }
            target.load(off, s.d, len, s);
            for (int i = 0; i < len; i++) {
                s.d[i] += s.c[i];
            }
            target.store(off, s.d, len, s);
        }
    }

    /** Projects every constrained weight (after an optimizer update). */
    public void applyConstraints() {
        for (int i = 0; i < constraints.length; i++) {
            NativeMatrix w = constrained[i];
            int n = rows[i] * cols[i];
            for (int j = 0; j < n; j++) {
                values[j] = w.get(j);
            }
            constraints[i].apply(values, rows[i], cols[i], slices);
            for (int j = 0; j < n; j++) {
                w.set(j, values[j]);
            }
        }
    }
}
