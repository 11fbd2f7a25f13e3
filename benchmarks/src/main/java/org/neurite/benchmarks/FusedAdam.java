package org.neurite.benchmarks;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.LearningRateSchedule;
import org.neurite.core.Optimizer;
import org.neurite.core.OptimizerState;
import org.neurite.core.Parameters;
import org.neurite.engine.kernel.NativeMatrix;

/**
 * Keras's Adam (ε-hat form, ε̂ = 1e-7, β1 0.9, β2 0.999) in one fused pass over chunks of the flat buffers:
 * m = β1·m + (1−β1)·g; v = β2·v + (1−β2)·g²; θ −= α·m/(√v + ε̂) with α = lr·√(1−β2^t)/(1−β1^t).
 * The benchmarks' stand-in until the optimizers module's Adam is on the class path ({@link Adams#create}).
 */
public final class FusedAdam implements Optimizer<FusedAdam.State> {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-7;
    private static final int CHUNK = 4096;
    /** Moments below 2^-101 become 0, so none is ever subnormal (see FloatAdamPass in the optimizers module). */
    private static final float FLUSH = 0x1p-77f;
    private final double rate;
    private final float[] p = new float[CHUNK];
    private final float[] g = new float[CHUNK];
    private final float[] m = new float[CHUNK];
    private final float[] v = new float[CHUNK];

    /** Adam with this constant learning rate. */
    public FusedAdam(double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("FusedAdam.rate must be a finite number > 0; received " + rate + ".");
        }
        this.rate = rate;
    }

    /** The first and second moments, shaped like the flat parameters. */
    public record State(INDArray m, INDArray v, NativeMatrix mMatrix, NativeMatrix vMatrix) implements OptimizerState {
        @Override
        public Map<String, INDArray> slots() {
            return Map.of("m", m, "v", v);
        }
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public LearningRateSchedule learningRate() {
        return LearningRateSchedule.constant(rate);
    }

    @Override
    public State init(Parameters parameters) {
        INDArray m0 = Nd4j.create(parameters.dataType(), parameters.count());
        INDArray v0 = Nd4j.create(parameters.dataType(), parameters.count());
        return new State(m0, v0, NativeMatrix.of(m0), NativeMatrix.of(v0));
    }

    @Override
    public void update(Parameters parameters, State state, long step, double learningRate) {
        if (!parameters.valueMatrix().isFloat()) {
            throw new IllegalArgumentException("FusedAdam benchmarks FLOAT models only; received "
                    + parameters.dataType() + ".");
        }
        float alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step)));
        update(parameters.valueMatrix(), parameters.gradientMatrix(), state.mMatrix, state.vMatrix,
                parameters.count(), alpha);
    }

    /** The fused pass over {@code n} elements with step size {@code alpha} (bias corrections folded in). */
    void update(NativeMatrix pm, NativeMatrix gm, NativeMatrix mm, NativeMatrix vm, int n, float alpha) {
        for (int off = 0; off < n; off += CHUNK) {
            int len = Math.min(CHUNK, n - off);
            pm.loadFloats(off, p, len);
            gm.loadFloats(off, g, len);
            mm.loadFloats(off, m, len);
            vm.loadFloats(off, v, len);
            arithmetic(p, g, m, v, len, alpha);
            pm.storeFloats(off, p, len);
            mm.storeFloats(off, m, len);
            vm.storeFloats(off, v, len);
        }
    }

    /** Adam's arithmetic on Java arrays, element by element, as the optimizers module's FloatAdamPass computes it. */
    static void arithmetic(float[] p, float[] g, float[] m, float[] v, int len, float alpha) {
        final float b1 = (float) BETA1;
        final float b2 = (float) BETA2;
        final float c1 = (float) (1 - BETA1);
        final float c2 = (float) (1 - BETA2);
        final float eps = (float) EPSILON;
        for (int i = 0; i < len; i++) {
            float gi = g[i];
            float mi = (b1 * m[i] + c1 * gi + FLUSH) - FLUSH;
            float vi = (b2 * v[i] + c2 * gi * gi + FLUSH) - FLUSH;
            m[i] = mi;
            v[i] = vi;
            p[i] -= alpha * mi / ((float) Math.sqrt(vi) + eps);
        }
    }
}
