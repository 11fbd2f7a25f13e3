package org.neurite.optimizers;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.ParameterView;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Scratch;

/**
 * The working memory of one optimizer state: reusable {@code double[]} chunks for the fused update loop and
 * the clipping scales. Created once by {@code init}; not part of what save/load writes (see the state's
 * {@code slots()}). An update allocates nothing.
 *
 * <p>The flat buffer is walked in segments of at most {@link Scratch#CHUNK} elements: one segment is the
 * whole buffer, or, with {@link UpdateOptions#clipNorm()}, one segment per weight array so that each chunk
 * belongs to one array and takes that array's clipping scale.
 */
public final class UpdateBuffers {
    final Scratch scratch = new Scratch(0);
    final double[] p = new double[Scratch.CHUNK];
    final double[] g = new double[Scratch.CHUNK];
    final double[] a = new double[Scratch.CHUNK];
    final double[] b = new double[Scratch.CHUNK];
    final double[] c = new double[Scratch.CHUNK];
    private final int count;
    private final DataType type;
    private final int[] start;
    private final int[] end;
    private final double[] scale;
    private final boolean perArray;

    private UpdateBuffers(int count, DataType type, int[] start, int[] end, boolean perArray) {
        this.perArray = perArray;
        this.count = count;
        this.type = type;
        this.start = start;
        this.end = end;
        this.scale = new double[start.length];
    }

    /** Buffers for {@code parameters}; per-array segments when {@code options} clip each array's norm. */
    static UpdateBuffers create(String owner, Parameters parameters, UpdateOptions options) {
        if (parameters == null) {
            throw new IllegalArgumentException(owner + ".init: parameters must not be null.");
        }
        int n = parameters.count();
        if (!(options.clipNorm() > 0)) {
            return new UpdateBuffers(n, parameters.dataType(), new int[] {0}, new int[] {n}, false);
        }
        List<ParameterView> views = parameters.views();
        int[] start = new int[views.size()];
        int[] end = new int[views.size()];
        int next = 0;
        for (int i = 0; i < views.size(); i++) {
            ParameterView v = views.get(i);
            if (v.offset() != next) {
                throw new IllegalArgumentException(owner + ": clipNorm clips each weight array, so the parameter views"
                        + " must tile the flat buffer in order; view " + v + " starts at " + v.offset() + ", expected "
                        + next + ".");
            }
            start[i] = next;
            next += v.length();
            end[i] = next;
        }
        if (next != n) {
            throw new IllegalArgumentException(owner + ": the parameter views cover " + next + " of " + n
                    + " parameters; clipNorm needs views that tile the flat buffer.");
        }
        return new UpdateBuffers(n, parameters.dataType(), start, end, true);
    }

    /** A zeroed state slot shaped and typed like the flat parameters. */
    static NativeMatrix slot(Parameters parameters) {
        return NativeMatrix.of(Nd4j.create(parameters.dataType(), parameters.count()));
    }

    void checkMatches(String owner, Parameters parameters, boolean ownerClipsPerArray) {
        if (parameters.count() != count || parameters.dataType() != type) {
            throw new IllegalArgumentException(owner + ".update: the state was created for " + count + " " + type
                    + " parameters; received " + parameters.count() + " " + parameters.dataType()
                    + " parameters. Create the state with init on these parameters.");
        }
        if (perArray != ownerClipsPerArray) {
            throw new IllegalArgumentException(owner + ".update: the state was created by an optimizer "
                    + (perArray ? "with" : "without") + " clipNorm; create it with this optimizer's init.");
        }
    }

    int segments() {
        return start.length;
    }

    int start(int segment) {
        return start[segment];
    }

    int end(int segment) {
        return end[segment];
    }

    /** The norm pass: computes each segment's clipping scale (1 when clipping by norm is off). */
    void begin(Parameters parameters, UpdateOptions options) {
        java.util.Arrays.fill(scale, 1.0);
        if (!options.clipsByNorm()) {
            return;
        }
        double total = 0;
        for (int s = 0; s < start.length; s++) {
            double sum = sumOfSquares(parameters.gradientMatrix(), start[s], end[s]);
            total += sum;
            scale[s] = clipScale(sum, options.clipNorm());
        }
        if (options.globalClipNorm() > 0) {
            java.util.Arrays.fill(scale, clipScale(total, options.globalClipNorm()));
        }
    }

    private double sumOfSquares(NativeMatrix gradients, int from, int to) {
        double sum = 0;
        for (int off = from; off < to; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, to - off);
            gradients.load(off, g, len, scratch);
            for (int i = 0; i < len; i++) {
                sum += g[i] * g[i];
            }
        }
        return sum;
    }

    private static double clipScale(double sumOfSquares, double limit) {
        double norm = Math.sqrt(sumOfSquares);
        return norm > limit ? limit / norm : 1.0;
    }

    /**
     * Loads one chunk: the values into {@link #p} after decoupled weight decay ({@code θ − θ·wd·lr}) and the
     * gradients into {@link #g} after clipping.
     */
    void load(Parameters parameters, UpdateOptions options, int segment, int offset, int length, double lr) {
        parameters.valueMatrix().load(offset, p, length, scratch);
        parameters.gradientMatrix().load(offset, g, length, scratch);
        double wd = options.weightDecay();
        if (wd > 0) {
            for (int i = 0; i < length; i++) {
                p[i] -= p[i] * wd * lr;
            }
        }
        double k = scale[segment];
        if (k != 1.0) {
            for (int i = 0; i < length; i++) {
                g[i] *= k;
            }
        }
        double cv = options.clipValue();
        if (cv > 0) {
            for (int i = 0; i < length; i++) {
                g[i] = Math.min(Math.max(g[i], -cv), cv);
            }
        }
    }

    /** Writes the chunk in {@link #p} back to the parameters. */
    void storeValues(Parameters parameters, int offset, int length) {
        parameters.valueMatrix().store(offset, p, length, scratch);
    }
}
