package org.neurite.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Activation;
import org.neurite.core.layers.Dense;
import org.neurite.core.Loss;
import org.neurite.core.Sequential;

/**
 * A benchmarked network shape: layer widths (input first), hidden and output activations, the loss and the
 * batch size, with a fixed, seeded batch of float32 data. The three workloads are constants; the
 * scaling sweep builds others with {@link #sweep(int, int)}.
 *
 * @param name short name used in results
 * @param widths layer widths, input first, at least 2 entries
 * @param hidden activation of every layer but the last
 * @param output activation of the last layer (sigmoid with BCE, or softmax with CCE)
 * @param batch rows per step
 */
public record Workload(String name, int[] widths, Activation hidden, Activation output, int batch) {
    /** Dense 2→4 tanh, 4→1 sigmoid, binary cross-entropy, batch 4 (the four XOR rows). */
    public static final Workload XOR_TINY = new Workload("xor-tiny", new int[] {2, 4, 1}, Activation.TANH,
            Activation.SIGMOID, 4);
    /** 64→128 relu, 128→128 relu, 128→10 softmax, categorical cross-entropy, batch 32. */
    public static final Workload MLP_MEDIUM = new Workload("mlp-medium", new int[] {64, 128, 128, 10},
            Activation.RELU, Activation.SOFTMAX, 32);
    /** 784→1024 relu, 1024→1024 relu, 1024→10 softmax, categorical cross-entropy, batch 256. */
    public static final Workload MLP_LARGE = new Workload("mlp-large", new int[] {784, 1024, 1024, 10},
            Activation.RELU, Activation.SOFTMAX, 256);

    /** Keras's clothing tutorial on Fashion-MNIST: 784→128 relu, 128→10 softmax, batch 32 (fmnist-epoch). */
    public static final Workload FASHION_MNIST = new Workload("fmnist-epoch", new int[] {784, 128, 10},
            Activation.RELU, Activation.SOFTMAX, 32);

    /** Learning rate of every optimizer in the benchmarks (Adam, Keras's default betas). */
    public static final double LEARNING_RATE = 0.001;

    public Workload {
        if (name == null || widths == null || widths.length < 2 || batch < 1 || hidden == null || output == null) {
            throw new IllegalArgumentException("Workload: need a name, at least 2 widths, activations and batch >= 1;"
                    + " received name=" + name + ", widths=" + Arrays.toString(widths) + ", batch=" + batch + ".");
        }
        if (output != Activation.SIGMOID && output != Activation.SOFTMAX) {
            throw new IllegalArgumentException("Workload.output must be sigmoid or softmax; received " + output + ".");
        }
        widths = widths.clone();
    }

    /** One of the three named workloads, by its name. */
    public static Workload named(String name) {
        for (Workload w : new Workload[] {XOR_TINY, MLP_MEDIUM, MLP_LARGE}) {
            if (w.name.equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("Unknown workload '" + name + "'; known: xor-tiny, mlp-medium, mlp-large.");
    }

    /** The sweep's shape: width→width relu, width→width relu, width→10 softmax, at this batch size. */
    public static Workload sweep(int batch, int width) {
        return new Workload("sweep-b" + batch + "-w" + width, new int[] {width, width, width, 10}, Activation.RELU,
                Activation.SOFTMAX, batch);
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    public int layers() {
        return widths.length - 1;
    }

    public int width(int i) {
        return widths[i];
    }

    public Loss loss() {
        return output == Activation.SIGMOID ? Loss.BINARY_CROSSENTROPY : Loss.CATEGORICAL_CROSSENTROPY;
    }

    /** The Neurite model of this shape, built with {@code seed} (glorot_uniform kernels, zero biases). */
    public Sequential model(long seed) {
        Sequential model = new Sequential();
        for (int l = 1; l < widths.length; l++) {
            model.add(new Dense(widths[l], l == widths.length - 1 ? output : hidden));
        }
        return model.build(widths[0], seed);
    }

    /** The fixed input batch {@code [batch, widths[0]]}: XOR's truth table, else uniform in [-1, 1). */
    public INDArray features() {
        float[] x = new float[batch * widths[0]];
        if (name.equals(XOR_TINY.name)) {
            x = new float[] {0, 0, 0, 1, 1, 0, 1, 1};
        } else {
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        return Nd4j.create(x, new long[] {batch, widths[0]}, 'c');
    }

    /** The fixed labels: XOR's outputs, else one-hot classes drawn with a fixed seed. */
    public INDArray labels() {
        int out = widths[widths.length - 1];
        float[] y = new float[batch * out];
        if (name.equals(XOR_TINY.name)) {
            y = new float[] {0, 1, 1, 0};
        } else {
            SplittableRandom random = new SplittableRandom(7);
            for (int r = 0; r < batch; r++) {
                y[r * out + random.nextInt(out)] = 1;
            }
        }
        return Nd4j.create(y, new long[] {batch, out}, 'c');
    }

    /** Multiply-adds of the matrix products of one training step (forward, dW and dA). */
    public double stepFlops() {
        double flops = 0;
        for (int l = 0; l < layers(); l++) {
            double mk = (double) batch * widths[l] * widths[l + 1];
            flops += 2 * mk * (l == 0 ? 2 : 3);
        }
        return flops;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workload w && w.name.equals(name) && Arrays.equals(w.widths, widths) && w.batch == batch
                && w.hidden.equals(hidden) && w.output.equals(output);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(widths);
    }

    @Override
    public String toString() {
        return name;
    }
}
