package org.neurite.benchmarks;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The GEMM floor of one training step: only the matrix products a step needs (forward z = a·W per layer,
 * dW = aᵀ·dz per layer, dA = dz·Wᵀ for every layer but the first), as direct {@code cblas_sgemm} calls on
 * preallocated ND4J buffers. No bias, activation, loss or update work: no implementation of the step can be
 * faster than this with the same BLAS and threads.
 */
public final class GemmFloor {
    private final Workload workload;
    private final int batch;
    private final List<INDArray> keep = new ArrayList<>();
    private final FloatPointer[] w;
    private final FloatPointer[] a;
    private final FloatPointer[] dz;
    private final FloatPointer[] dw;
    private final float[][] bias;

    /** Buffers for {@code workload}, weights zero until {@link #setWeights}; inputs are the workload's features. */
    public GemmFloor(Workload workload) {
        this.workload = workload;
        this.batch = workload.batch();
        int layers = workload.layers();
        w = new FloatPointer[layers];
        a = new FloatPointer[layers + 1];
        dz = new FloatPointer[layers];
        dw = new FloatPointer[layers];
        bias = new float[layers][];
        a[0] = pointer(workload.features());
        for (int l = 0; l < layers; l++) {
            int in = workload.width(l);
            int out = workload.width(l + 1);
            w[l] = pointer(Nd4j.rand(DataType.FLOAT, in, out).subi(0.5));
            a[l + 1] = pointer(Nd4j.create(DataType.FLOAT, batch, out));
            dz[l] = pointer(Nd4j.rand(DataType.FLOAT, batch, out).subi(0.5));
            dw[l] = pointer(Nd4j.create(DataType.FLOAT, in, out));
            bias[l] = new float[out];
        }
    }

    private FloatPointer pointer(INDArray array) {
        keep.add(array);
        return new FloatPointer(array.data().addressPointer());
    }

    /** The matrix products of one training step. */
    public void step() {
        int layers = workload.layers();
        for (int l = 0; l < layers; l++) {
            int in = workload.width(l);
            int out = workload.width(l + 1);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, batch, out, in, 1f, a[l], in, w[l], out, 0f,
                    a[l + 1], out);
        }
        for (int l = layers - 1; l >= 0; l--) {
            int in = workload.width(l);
            int out = workload.width(l + 1);
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, in, out, batch, 1f, a[l], in, dz[l], out, 0f,
                    dw[l], out);
            if (l > 0) {
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, batch, in, out, 1f, dz[l], out, w[l], out, 0f,
                        dz[l - 1], in);
            }
        }
    }

    /** Copies the kernels and biases, in Keras order (kernel, bias per layer), into the floor's buffers. */
    public void setWeights(List<INDArray> weights) {
        for (int l = 0; l < workload.layers(); l++) {
            float[] kernel = weights.get(2 * l).castTo(DataType.FLOAT).dup('c').data().asFloat();
            w[l].put(kernel, 0, kernel.length);
            bias[l] = weights.get(2 * l + 1).castTo(DataType.FLOAT).data().asFloat();
        }
    }

    /**
     * The batch's mean loss with the current weights, from the same forward products as {@link #step()}
     * followed by bias, activation and loss in plain Java (a correctness check, not part of the floor).
     */
    public double forwardLoss() {
        int layers = workload.layers();
        float[] labels = workload.labels().data().asFloat();
        for (int l = 0; l < layers; l++) {
            int in = workload.width(l);
            int out = workload.width(l + 1);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, batch, out, in, 1f, a[l], in, w[l], out, 0f,
                    a[l + 1], out);
            float[] z = new float[batch * out];
            a[l + 1].get(z);
            for (int i = 0; i < z.length; i++) {
                z[i] += bias[l][i % out];
            }
            if (l == layers - 1) {
                return Reference.meanLoss(workload, z, labels);
            }
            double[] act = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                act[i] = z[i];
            }
            workload.hidden().forward(act, act, act.length, out);
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) act[i];
            }
            a[l + 1].put(z);
        }
        throw new AssertionError("unreachable");
    }
}
