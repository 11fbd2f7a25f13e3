package org.neurite.engine;

import java.util.List;
import org.neurite.engine.kernel.Blas;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;
import org.neurite.core.Activation;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.MetricStates;
import org.neurite.core.layers.Layer;

/**
 * The forward and backward passes over a {@link Workspace}: layers compute z (BLAS on the flat buffers),
 * and activations, the loss and its gradient run as chunked Java loops over whole rows. Allocates nothing.
 */
public final class Propagation {
    private Propagation() {
    }

    /** Runs every layer on the first {@code rows} rows of {@code input}. */
    public static void forward(Network net, Workspace w, NativeMatrix input, int rows) {
        List<Layer> layers = net.layers();
        for (int l = 0; l < layers.size(); l++) {
            NativeMatrix in = l == 0 ? input : w.a.get(l - 1);
            BoundPass pass = w.passes.get(l);
            pass.bind(rows, in, w.z.get(l), w.dz.get(l), l == 0 ? null : w.dz.get(l - 1), w.smallProducts);
            layers.get(l).forward(pass);
            Activation act = layers.get(l).activation();
            if (act != Activation.LINEAR) {
                activate(act, w.z.get(l), w.a.get(l), rows, w);
            }
        }
    }

    private static void activate(Activation act, NativeMatrix z, NativeMatrix a, int rows, Workspace w) {
        if (ActivationPass.supports(act, z)) {
            w.activationPass.forward(act, z, a, rows);
            return;
        }
        Scratch s = w.scratch;
        int width = z.cols();
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            z.load(r * width, s.a, len, s);
            act.forward(s.a, s.b, len, width);
            a.store(r * width, s.b, len, s);
        }
    }

    /**
     * Computes the loss over the first {@code rows} rows, writes dL/dz of the output layer (for the mean
     * over rows) and feeds the rows to the metrics. With {@code weights} (one per row, else null) each row's
     * loss and gradient are multiplied by its weight and still divided by the row count, Keras's
     * {@code sum_over_batch_size}: Σ wᵢ·lossᵢ / rows.
     *
     * @return the sum over rows of the (weighted) per-row loss
     */
    public static double outputGradient(Network net, Workspace w, NativeMatrix labels, int rows, Loss loss,
                                        MetricStates metrics, double[] weights, boolean gradient) {
        int last = net.layers().size() - 1;
        Activation act = net.layers().get(last).activation();
        boolean fused = loss.fusesWith(act);
        NativeMatrix z = w.z.get(last);
        NativeMatrix p = w.a.get(last);
        NativeMatrix dz = w.dz.get(last);
        int width = z.cols();
        int labelWidth = labels.cols();
        int step = Scratch.rowsPerChunk(width);
        Scratch s = w.scratch;
        double total = 0;
        for (int r = 0; r < rows; r += step) {
            int n = Math.min(step, rows - r);
            int len = n * width;
            z.load(r * width, s.a, len, s);
            p.load(r * width, s.b, len, s);
            labels.load(r * labelWidth, s.d, n * labelWidth, s);
            double[] chunkWeights = null;
            if (weights == null) {
                total += fused ? loss.sumFromLogits(s.a, s.b, s.d, n, width) : loss.sum(s.b, s.d, n, width);
            } else {
                chunkWeights = w.chunkWeights;
                System.arraycopy(weights, r, chunkWeights, 0, n);
                total += weightedSum(w, loss, fused, n, width, labelWidth, chunkWeights);
            }
            metrics.update(s.b, s.d, chunkWeights, n, width, labelWidth);
            if (!gradient) {
                continue;
            }
            if (fused) {
                loss.logitGradient(s.a, s.b, s.d, s.c, n, width);
            } else {
                loss.gradient(s.b, s.d, s.c, n, width);
                act.backward(s.a, s.b, s.c, len, width);
            }
            scale(s.c, chunkWeights, n, width, 1.0 / rows);
            dz.store(r * width, s.c, len, s);
        }
        Penalties penalties = net.penalties();
        return total + rows * penalties.weightPenalty(s) + penalties.activityPenalty(w, rows);
    }

    /** Σ wᵢ·lossᵢ over a loaded chunk, each row's loss taken alone from copies of its z, p and labels. */
    private static double weightedSum(Workspace w, Loss loss, boolean fused, int n, int width, int labelWidth,
                                      double[] weights) {
        Scratch s = w.scratch;
        double total = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(s.b, i * width, w.rowP, 0, width);
            System.arraycopy(s.d, i * labelWidth, w.rowY, 0, labelWidth);
            double rowLoss;
            if (fused) {
                System.arraycopy(s.a, i * width, w.rowZ, 0, width);
                rowLoss = loss.sumFromLogits(w.rowZ, w.rowP, w.rowY, 1, width);
            } else {
                rowLoss = loss.sum(w.rowP, w.rowY, 1, width);
            }
            total += weights[i] * rowLoss;
        }
        return total;
    }

    /** grad *= scale, and row i also by {@code weights[i]} when weighted. */
    private static void scale(double[] grad, double[] weights, int n, int width, double scale) {
        if (weights == null) {
            int len = n * width;
            for (int i = 0; i < len; i++) {
                grad[i] *= scale;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            double f = weights[i] * scale;
            for (int j = i * width; j < (i + 1) * width; j++) {
                grad[j] *= f;
            }
        }
    }

    /** Back-propagates dz of the output layer into every weight gradient. */
    public static void backward(Network net, Workspace w, NativeMatrix input, int rows) {
        List<Layer> layers = net.layers();
        Penalties penalties = net.penalties();
        int last = layers.size() - 1;
        if (penalties.hasActivity(last)) {
            Activation act = layers.get(last).activation();
            penalties.addActivityGradient(last, w, rows, w.dz.get(last), act == Activation.LINEAR ? null : act);
        }
        for (int l = layers.size() - 1; l >= 0; l--) {
            NativeMatrix in = l == 0 ? input : w.a.get(l - 1);
            BoundPass pass = w.passes.get(l);
            pass.bind(rows, in, w.z.get(l), w.dz.get(l), l == 0 ? null : w.dz.get(l - 1), w.smallProducts);
            layers.get(l).backward(pass);
            if (l > 0) {
                if (penalties.hasActivity(l - 1)) {
                    penalties.addActivityGradient(l - 1, w, rows, w.dz.get(l - 1), null);
                }
                Activation act = layers.get(l - 1).activation();
                if (act != Activation.LINEAR) {
                    activationGradient(act, w.z.get(l - 1), w.a.get(l - 1), w.dz.get(l - 1), rows, w);
                }
            }
        }
        penalties.addWeightGradients(w.scratch);
    }

    private static void activationGradient(Activation act, NativeMatrix z, NativeMatrix a, NativeMatrix dz,
                                           int rows, Workspace w) {
        if (ActivationPass.supports(act, z)) {
            w.activationPass.backward(act, z, a, dz, rows);
            return;
        }
        Scratch s = w.scratch;
        int width = z.cols();
        int step = Scratch.rowsPerChunk(width);
        for (int r = 0; r < rows; r += step) {
            int len = Math.min(step, rows - r) * width;
            z.load(r * width, s.a, len, s);
            a.load(r * width, s.b, len, s);
            dz.load(r * width, s.c, len, s);
            act.backward(s.a, s.b, s.c, len, width);
            dz.store(r * width, s.c, len, s);
        }
    }

    /** Whether every element of {@code m}'s first {@code length} elements is finite. */
    public static boolean allFinite(NativeMatrix m, int length, Scratch s) {
        if (m.isFloat()) {
            return floatsFinite(m, length, s);
        }
        for (int off = 0; off < length; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, length - off);
            m.load(off, s.a, len, s);
            double probe = 0;
            for (int i = 0; i < len; i++) {
                probe += s.a[i] * 0.0;
            }
            if (probe != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static boolean floatsFinite(NativeMatrix m, int length, Scratch s) {
        // Fast path: OpenBLAS's vectorised Σ|x| is finite only if every element is; otherwise decide exactly.
        if (length >= Scratch.CHUNK && Float.isFinite(Blas.floatAbsSum(m, length))) {
            return true;
        }
        for (int off = 0; off < length; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, length - off);
            m.loadBits(off, s.ia, len);
            if (!FloatActivations.finiteBits(s.ia, len)) {
                return false;
            }
        }
        return true;
    }
}
