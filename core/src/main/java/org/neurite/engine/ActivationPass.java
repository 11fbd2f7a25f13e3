package org.neurite.engine;

import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Parallel;
import org.neurite.engine.kernel.Scratch;
import org.neurite.core.Activation;

/**
 * A FLOAT activation's forward ({@code a = f(z)}) or backward ({@code dz ← dz ⊙ f'(z)}) pass over whole rows, split
 * across {@link Parallel}'s threads when long enough. Each row is computed by the same code on any thread, so the
 * results do not depend on the thread count. One per {@link Workspace}, reused: a pass allocates nothing.
 */
public final class ActivationPass implements Parallel.RangeTask {
    private final Scratch scratch;
    private Activation act;
    private NativeMatrix z;
    private NativeMatrix a;
    private NativeMatrix dz;
    private int width;
    private boolean backward;

    /**
     * @param scratch the caller's scratch, with chunks of at least {@link Scratch#CHUNK} elements; rows wider than
     *        that run on it alone
     */
    public ActivationPass(Scratch scratch) {
        this.scratch = scratch;
    }

    /** Whether these passes handle {@code act} on {@code z}'s type. */
    public static boolean supports(Activation act, NativeMatrix z) {
        return z.isFloat() && FloatActivations.supports(act);
    }

    /** {@code a = act(z)} over the first {@code rows} rows. */
    public void forward(Activation act, NativeMatrix z, NativeMatrix a, int rows) {
        run(act, z, a, null, rows, false);
    }

    /** Turns {@code dz} (dL/da on entry) into dL/dz over the first {@code rows} rows. */
    public void backward(Activation act, NativeMatrix z, NativeMatrix a, NativeMatrix dz, int rows) {
        run(act, z, a, dz, rows, true);
    }

    private void run(Activation act, NativeMatrix z, NativeMatrix a, NativeMatrix dz, int rows, boolean backward) {
        this.act = act;
        this.z = z;
        this.a = a;
        this.dz = dz;
        this.width = z.cols();
        this.backward = backward;
        try {
            if (Scratch.chunkLength(width) <= Scratch.CHUNK) {
                // Bytes per element: forward reads z and writes a; backward reads z and dz and writes dz.
                Parallel.forEach(rows * width, width, backward ? 12 : 8, scratch, this);
            } else {
                run(scratch, 0, rows * width);
            }
        } finally {
            this.z = null;
            this.a = null;
            this.dz = null;
        }
    }

    @Override
    public void run(Scratch s, int from, int to) {
        int step = Scratch.rowsPerChunk(width) * width;
        for (int off = from; off < to; off += step) {
            int len = Math.min(step, to - off);
            if (!backward) {
                z.loadFloats(off, s.fa, len);
                FloatActivations.forward(act, s.fa, s.fb, len, width, s.a);
                a.storeFloats(off, s.fb, len);
            } else if (act == Activation.RELU) {
                z.loadBits(off, s.ia, len);
                dz.loadBits(off, s.ib, len);
                FloatActivations.reluBackwardBits(s.ia, s.ib, len);
                dz.storeBits(off, s.ib, len);
            } else {
                if (act != Activation.LINEAR) {
                    a.loadFloats(off, s.fb, len);
                }
                dz.loadFloats(off, s.fc, len);
                FloatActivations.backward(act, s.fa, s.fb, s.fc, len, width);
                dz.storeFloats(off, s.fc, len);
            }
        }
    }
}
