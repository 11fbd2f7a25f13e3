package org.neurite.optimizers;

import org.neurite.core.Parameters;
import org.neurite.core.kernel.NativeMatrix;
import org.neurite.core.kernel.Scratch;

/**
 * Adam's fused pass for FLOAT parameters without weight decay, clipping or AMSGrad, in float32 arithmetic as
 * Keras computes Adam on float32 variables (β's, 1−β's, α and ε̂ rounded to float once per step). Chunks stay
 * {@code float[]}, so the JIT vectorises the loop 16 lanes wide; JDK 17 vectorises no float↔double conversion,
 * which made the widened double loop cost about 4.6 ns per parameter against about 1–1.5 here (see
 * benchmarks/README.md). DOUBLE parameters and the other options keep {@link Adam}'s general loop.
 */
final class FloatAdamPass {
    private static final ThreadLocal<FloatAdamPass> BUFFERS = ThreadLocal.withInitial(FloatAdamPass::new);
    private final float[] p = new float[Scratch.CHUNK];
    private final float[] g = new float[Scratch.CHUNK];
    private final float[] m = new float[Scratch.CHUNK];
    private final float[] v = new float[Scratch.CHUNK];

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
        BUFFERS.get().pass(parameters.valueMatrix(), parameters.gradientMatrix(), mm, vm, parameters.count(), alpha,
                beta1, beta2, epsilon);
    }

    private void pass(NativeMatrix pm, NativeMatrix gm, NativeMatrix mm, NativeMatrix vm, int n, double alpha,
                      double beta1, double beta2, double epsilon) {
        final float a = (float) alpha;
        final float b1 = (float) beta1;
        final float c1 = (float) (1 - beta1);
        final float b2 = (float) beta2;
        final float c2 = (float) (1 - beta2);
        final float eps = (float) epsilon;
        for (int off = 0; off < n; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, n - off);
            pm.loadFloats(off, p, len);
            gm.loadFloats(off, g, len);
            mm.loadFloats(off, m, len);
            vm.loadFloats(off, v, len);
            for (int i = 0; i < len; i++) {
                float gi = g[i];
                float mi = b1 * m[i] + c1 * gi;
                float vi = b2 * v[i] + c2 * gi * gi;
                m[i] = mi;
                v[i] = vi;
                p[i] -= a * mi / ((float) Math.sqrt(vi) + eps);
            }
            pm.storeFloats(off, p, len);
            mm.storeFloats(off, m, len);
            vm.storeFloats(off, v, len);
        }
    }
}
