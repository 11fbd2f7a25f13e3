package org.neurite.benchmarks;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The JVM's floor for xor-tiny: a hand-written training step (2→4 tanh, 4→1 sigmoid, binary cross-entropy
 * from the logit, Keras's Adam) on {@code float[]}, with every loop unrolled by the JIT and nothing else.
 * Parameters are flat in Keras order: W1 [2,4], b1 [4], W2 [4,1], b2 [1].
 */
public final class PlainJavaXor {
    private static final int IN = 2;
    private static final int HIDDEN = 4;
    private static final int ROWS = 4;
    private static final int W1 = 0;
    private static final int B1 = 8;
    private static final int W2 = 12;
    private static final int B2 = 16;
    private static final int COUNT = 17;
    private static final float[] X = {0, 0, 0, 1, 1, 0, 1, 1};
    private static final float[] Y = {0, 1, 1, 0};

    private final float[] p = new float[COUNT];
    private final float[] g = new float[COUNT];
    private final float[] m = new float[COUNT];
    private final float[] v = new float[COUNT];
    private final float[] h = new float[HIDDEN];
    private final float rate;
    private long step;

    /** A step with zero weights and Adam at {@code rate}; load real weights with {@link #setWeights}. */
    public PlainJavaXor(double rate) {
        this.rate = (float) rate;
    }

    /** Copies Neurite's weights (kernel, bias per layer, as {@code Sequential.getWeights()} returns them). */
    public void setWeights(List<INDArray> weights) {
        float[][] parts = new float[4][];
        for (int i = 0; i < 4; i++) {
            parts[i] = weights.get(i).castTo(DataType.FLOAT).dup('c').data().asFloat();
        }
        System.arraycopy(parts[0], 0, p, W1, 8);
        System.arraycopy(parts[1], 0, p, B1, 4);
        System.arraycopy(parts[2], 0, p, W2, 4);
        System.arraycopy(parts[3], 0, p, B2, 1);
    }

    /** A copy of the flat parameters. */
    public float[] parameters() {
        return p.clone();
    }

    /** One training step on the four XOR rows; returns the mean loss before the update. */
    public double step() {
        java.util.Arrays.fill(g, 0f);
        float loss = 0;
        for (int r = 0; r < ROWS; r++) {
            float x0 = X[r * IN];
            float x1 = X[r * IN + 1];
            float z = p[B2];
            for (int j = 0; j < HIDDEN; j++) {
                h[j] = (float) Math.tanh(p[B1 + j] + x0 * p[W1 + j] + x1 * p[W1 + HIDDEN + j]);
                z += h[j] * p[W2 + j];
            }
            float e = (float) Math.exp(-Math.abs(z));
            float s = z >= 0 ? 1 / (1 + e) : e / (1 + e);
            loss += Math.max(z, 0) - z * Y[r] + (float) Math.log1p(e);
            float dz = (s - Y[r]) / ROWS;
            g[B2] += dz;
            for (int j = 0; j < HIDDEN; j++) {
                g[W2 + j] += h[j] * dz;
                float dh = dz * p[W2 + j] * (1 - h[j] * h[j]);
                g[B1 + j] += dh;
                g[W1 + j] += x0 * dh;
                g[W1 + HIDDEN + j] += x1 * dh;
            }
        }
        adam();
        return loss / ROWS;
    }

    private void adam() {
        step++;
        float alpha = (float) (rate * Math.sqrt(1 - Math.pow(FusedAdam.BETA2, step))
                / (1 - Math.pow(FusedAdam.BETA1, step)));
        for (int i = 0; i < COUNT; i++) {
            float gi = g[i];
            m[i] = 0.9f * m[i] + 0.1f * gi;
            v[i] = 0.999f * v[i] + 0.001f * gi * gi;
            p[i] -= alpha * m[i] / ((float) Math.sqrt(v[i]) + 1e-7f);
        }
    }
}
