package org.neurite.optimizers;

import org.neurite.core.Parameters;
import org.neurite.core.kernel.NativeMatrix;
import org.neurite.core.kernel.Scratch;

/**
 * Adam's fused pass for FLOAT parameters without weight decay, clipping or AMSGrad: chunks are copied as
 * {@code float[]} and each element is computed in double exactly as {@link Adam}'s widened loop computes it,
 * so the bits are the same while the three widening and three narrowing copies per chunk disappear
 * (about 4.6 → 1.5 ns per parameter; see benchmarks/README.md).
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
        for (int off = 0; off < n; off += Scratch.CHUNK) {
            int len = Math.min(Scratch.CHUNK, n - off);
            pm.loadFloats(off, p, len);
            gm.loadFloats(off, g, len);
            mm.loadFloats(off, m, len);
            vm.loadFloats(off, v, len);
            for (int i = 0; i < len; i++) {
                double gi = g[i];
                double mi = beta1 * m[i] + (1 - beta1) * gi;
                double vi = beta2 * v[i] + (1 - beta2) * gi * gi;
                m[i] = (float) mi;
                v[i] = (float) vi;
                p[i] = (float) (p[i] - alpha * mi / (Math.sqrt(vi) + epsilon));
            }
            pm.storeFloats(off, p, len);
            mm.storeFloats(off, m, len);
            vm.storeFloats(off, v, len);
        }
    }
}
