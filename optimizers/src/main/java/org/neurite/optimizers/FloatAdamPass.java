package org.neurite.optimizers;

import org.neurite.core.Parameters;
import org.neurite.engine.kernel.NativeMatrix;
import org.neurite.engine.kernel.Parallel;
import org.neurite.engine.kernel.Scratch;

/**
 * Adam's fused pass for FLOAT parameters without weight decay, clipping or AMSGrad, in float32 arithmetic as
 * Keras computes Adam on float32 variables (β's, 1−β's, α and ε̂ rounded to float once per step). Chunks stay
 * {@code float[]}, so the JIT vectorises the loop 16 lanes wide; JDK 17 vectorises no float↔double conversion,
 * which made the widened double loop cost about 4.6 ns per parameter against about 1–1.5 here (see
 * benchmarks/README.md). The pass is memory-bound (28 bytes per parameter), so long buffers are split across
 * {@link Parallel}'s threads; every element is computed alike on any thread, so results do not depend on the
 * thread count. DOUBLE parameters and the other options keep {@link Adam}'s general loop.
 */
final class FloatAdamPass implements Parallel.RangeTask {
    /** Bytes a parameter's update reads and writes: θ, g, m, v read; θ, m, v written. */
    static final int BYTES_PER_PARAMETER = 28;
    /** One pass object per training thread, reused: a pass allocates nothing. */
    private static final ThreadLocal<FloatAdamPass> PASSES = ThreadLocal.withInitial(FloatAdamPass::new);

    private final Scratch scratch = new Scratch(0);
    private NativeMatrix pm;
    private NativeMatrix gm;
    private NativeMatrix mm;
    private NativeMatrix vm;
    private float a;
    private float b1;
    private float c1;
    private float b2;
    private float c2;
    private float eps;

    private FloatAdamPass() {
    }

    /** Whether this pass computes what {@link Adam#apply} would for these parameters and options. */
    static boolean applies(Parameters parameters, UpdateOptions options, boolean amsgrad) {
        return !amsgrad && parameters.valueMatrix().isFloat() && options.weightDecay() == 0
                && !options.clipsByNorm() && !(options.clipValue() > 0);
    }

    /** The update over the whole flat buffer with step size {@code alpha} (bias corrections folded in). */
    static void run(Parameters parameters, NativeMatrix mm, NativeMatrix vm, double alpha, double beta1,
                    double beta2, double epsilon) {
        FloatAdamPass pass = PASSES.get();
        pass.pm = parameters.valueMatrix();
        pass.gm = parameters.gradientMatrix();
        pass.mm = mm;
        pass.vm = vm;
        pass.a = (float) alpha;
        pass.b1 = (float) beta1;
        pass.c1 = (float) (1 - beta1);
        pass.b2 = (float) beta2;
        pass.c2 = (float) (1 - beta2);
        pass.eps = (float) epsilon;
        try {
            Parallel.forEach(parameters.count(), Scratch.CHUNK, BYTES_PER_PARAMETER, pass.scratch, pass);
        } finally {
            // The thread-local pass must not keep a model's buffers reachable.
            pass.pm = null;
            pass.gm = null;
            pass.mm = null;
            pass.vm = null;
        }
    }

    @Override
    public void run(Scratch s, int from, int to) {
        float[] p = s.fa;
        float[] g = s.fb;
        float[] m = s.fc;
        float[] v = s.fd;
        for (int off = from; off < to; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, to - off);
            pm.loadFloats(off, p, len);
            gm.loadFloats(off, g, len);
            mm.loadFloats(off, m, len);
            vm.loadFloats(off, v, len);
            update(p, g, m, v, len, a, b1, c1, b2, c2, eps);
            pm.storeFloats(off, p, len);
            mm.storeFloats(off, m, len);
            vm.storeFloats(off, v, len);
        }
    }

    /**
     * Adding then subtracting 2^-77 rounds a moment to a multiple of 2^-101 or 2^-100: a moment below 2^-102 in
     * magnitude becomes exactly 0 and every other one stays a normal float, at most 2^-101 (4e-31) away (a
     * decaying moment settles on a few multiples of 2^-101). A parameter that stops receiving gradient (a pixel
     * that is 0 in every batch of an epoch) otherwise lets m decay by β1 per step into subnormal floats within
     * about 800 steps, and each arithmetic operation on a
     * subnormal costs about 20 times a normal one here (Adam 10 against 0.5 ns per parameter, measured). The
     * change to any update is below 1e-26, under float32's resolution of any weight above 1e-19; TensorFlow,
     * which Keras runs on, flushes subnormals to zero on CPU as well. Costs nothing measurable (vectorised adds).
     */
    static final float FLUSH = 0x1p-77f;

    private static void update(float[] p, float[] g, float[] m, float[] v, int len, float a, float b1, float c1,
                               float b2, float c2, float eps) {
        for (int i = 0; i < len; i++) {
            float gi = g[i];
            float mi = (b1 * m[i] + c1 * gi + FLUSH) - FLUSH;
            float vi = (b2 * v[i] + c2 * gi * gi + FLUSH) - FLUSH;
            m[i] = mi;
            v[i] = vi;
            p[i] -= a * mi / ((float) Math.sqrt(vi) + eps);
        }
    }
}
